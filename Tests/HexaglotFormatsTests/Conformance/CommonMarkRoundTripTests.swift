import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// The CommonMark 0.31.2 spec examples (`../shared/conformance/commonmark/`, an outside suite
/// with its licence there): every one reads and exports byte for byte, through the parsed file
/// and through the stored document, in the source language and as an untranslated target.
/// Each example is read as the body of a Hexaglot document, after a front matter: a file that
/// opens with `---` is read as having front matter (examples 96 and 98 open with a thematic
/// break, which CommonMark alone reads differently).
@Suite struct CommonMarkRoundTripTests {
    struct Example: Decodable, Sendable {
        var markdown: String
        var example: Int
        var section: String
    }

    /// The suite beside the repository (CI lays `shared/` next to the clone).
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/commonmark/spec-0.31.2.json")

    static func examples() throws -> [Example] {
        try JSONDecoder().decode([Example].self, from: Data(contentsOf: url))
    }

    @Test func theSuiteIsThere() throws {
        #expect(try Self.examples().count == 655, "\(Self.url.path)")
    }

    @Test func everyExampleRoundTripsByteForByte() throws {
        let format = MarkdownFormat()
        var failed: [Int] = []
        for example in try Self.examples() {
            let name = "spec example \(example.example)"
            let text = "---\nreference: CM-\(example.example)\n---\n" + example.markdown
            let parsed = try format.parse(text, file: name, language: .en)
            let metadata = DocumentMetadata(reference: name, kind: .other, title: name, sourceLanguage: LanguageTag(.en))
            let document = parsed.document(metadata: metadata)
            let bytes = Array(text.utf8)
            if Array(parsed.render().utf8) != bytes
                || Array(Exporter.render(document, target: nil, translations: [:], frontMatter: nil).utf8) != bytes
                || Array(Exporter.render(document, target: .fr, translations: [:], frontMatter: nil).utf8) != bytes {
                failed.append(example.example)
            }
        }
        #expect(failed.isEmpty, "examples that do not come back byte for byte: \(failed)")
    }
}
