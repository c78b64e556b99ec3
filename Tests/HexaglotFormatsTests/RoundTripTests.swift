import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// The one suite every registered format goes through, over every golden input.
@Suite struct RoundTripTests {
    @Test func everyFormatHasGoldenInputs() {
        for format in FormatRegistry.all {
            #expect(Golden.cases.contains { $0.formatName == format.name }, "no golden input for format \(format.name)")
        }
    }

    @Test(arguments: Golden.cases)
    func parseThenRenderIsByteForByte(_ golden: Golden.Case) throws {
        if let format = golden.format as? any PackageFormat {
            // A package: every part written back byte for byte, in the source language and as "translated" into it.
            let bytes = try SourceFile.readBytes(golden.url.path)
            let parsed = try format.parse(package: bytes, file: golden.file, language: golden.language)
            #expect(!parsed.segments.isEmpty)
            let document = parsed.document(metadata: metadata(golden))
            let original = try DOCXPackage(bytes: bytes, file: golden.file)
            for target in [nil, golden.language] {
                let written = try DOCXPackage(bytes: try format.write(document, translations: [:], target: target, package: bytes),
                                              file: golden.file)
                #expect(written.parts.map(\.path) == original.parts.map(\.path))
                for (a, b) in zip(written.parts, original.parts) { #expect(a.bytes == b.bytes, "part \(a.path) differs") }
            }
            return
        }
        let text = try SourceFile.read(golden.url.path)
        let parsed = try golden.format.parse(text, file: golden.file, language: golden.language)
        #expect(Array(parsed.render().utf8) == Array(text.utf8))
        let document = parsed.document(metadata: metadata(golden))
        #expect(Array(Exporter.render(document, target: nil, translations: [:], frontMatter: nil).utf8) == Array(text.utf8))
        #expect(Array(Exporter.render(document, target: golden.language, translations: [:], frontMatter: nil).utf8) == Array(text.utf8))
        #expect(!parsed.segments.isEmpty)
        for (k, segment) in parsed.segments.enumerated() {
            #expect(segment.index == k)
            #expect(segment.content.codes.allSatisfy { $0.role != .lineBreak || $0.kind == .placeholder })
        }
    }

    @Test(arguments: Golden.cases)
    func noLooseMarkupInSegments(_ golden: Golden.Case) throws {
        let parsed = try parse(golden)
        for segment in parsed.segments {
            for case .text(let t) in segment.content.runs {
                if let loose = Self.looseMarkup(in: t, format: golden.formatName) {
                    Issue.record("\(golden.file):\(segment.line): loose markup \"\(loose)\" in text run \"\(t)\"")
                }
            }
            // Pairs nest properly and each segment's ids are distinct.
            var stack: [Int] = []
            var seen: Set<Int> = []
            for code in segment.content.codes {
                switch code.kind {
                case .open:
                    #expect(!seen.contains(code.id)); seen.insert(code.id); stack.append(code.id)
                case .close:
                    #expect(stack.last == code.id, "\(golden.file):\(segment.line): misnested pair \(code.id)")
                    stack.removeLast()
                case .placeholder:
                    #expect(!seen.contains(code.id)); seen.insert(code.id)
                }
            }
            #expect(stack.isEmpty)
        }
    }

    @Test(arguments: Golden.cases)
    func fakeTranslationKeepsEveryCode(_ golden: Golden.Case) throws {
        let parsed = try parse(golden)
        var translations: [Int: Content] = [:]
        for segment in parsed.segments {
            translations[segment.index] = Content(segment.content.runs.map { run in
                if case .text(let t) = run { return .text(t.uppercased()) }
                return run
            })
        }
        let reparsed: ParsedFile
        let changed: Bool
        if let format = golden.format as? any PackageFormat {
            let bytes = try SourceFile.readBytes(golden.url.path)
            let exported = try format.write(parsed.document(metadata: metadata(golden)), translations: translations, target: nil, package: bytes)
            reparsed = try format.parse(package: exported, file: golden.file, language: golden.language)
            changed = exported != bytes
        } else {
            let exported = Exporter.render(parsed.document(metadata: metadata(golden)), target: nil,
                                           translations: translations, frontMatter: nil)
            reparsed = try golden.format.parse(exported, file: golden.file, language: golden.language)
            changed = exported != (try SourceFile.read(golden.url.path))
        }
        func codes(_ p: ParsedFile) -> [String] {
            p.segments.flatMap { $0.content.codes.map { "\($0.kind.rawValue) \($0.role.rawValue) \($0.data)" } }
        }
        func letters(_ p: ParsedFile) -> String {
            p.segments.map { s in s.content.runs.map { if case .text(let t) = $0 { return t } else { return "" } }.joined() }
                .joined().filter { !$0.isWhitespace }
        }
        #expect(codes(reparsed) == codes(parsed))
        #expect(letters(reparsed) == letters(parsed).uppercased())
        if letters(parsed) != letters(parsed).uppercased() {
            #expect(changed)
        }
    }

    @Test(arguments: Golden.cases)
    func segmentationMatchesExpectation(_ golden: Golden.Case) throws {
        let actual = Golden.describe(try parse(golden))
        if Golden.updating {
            try Golden.writeExpectation(actual, for: golden.file)
            return
        }
        guard let expected = Golden.expectation(for: golden.file) else {
            Issue.record("no expectation for \(golden.file): run with HEXAGLOT_UPDATE_GOLDEN=1 and review it")
            return
        }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(a.count, e.count) where (k < a.count ? a[k] : "<none>") != (k < e.count ? e[k] : "<none>") {
            Issue.record("\(golden.file) segment \(k + 1):\n  expected: \(k < e.count ? e[k] : "<none>")\n  actual:   \(k < a.count ? a[k] : "<none>")\n(HEXAGLOT_UPDATE_GOLDEN=1 rewrites expectations)")
            break
        }
    }

    // MARK: - Helpers

    private func parse(_ golden: Golden.Case) throws -> ParsedFile {
        if let format = golden.format as? any PackageFormat {
            return try format.parse(package: try SourceFile.readBytes(golden.url.path), file: golden.file, language: golden.language)
        }
        return try golden.format.parse(try SourceFile.read(golden.url.path), file: golden.file, language: golden.language)
    }

    private func metadata(_ golden: Golden.Case) -> DocumentMetadata {
        DocumentMetadata(reference: golden.file, kind: .other, title: golden.file, sourceLanguage: LanguageTag(golden.language))
    }

    /// Markup left in a text run that the format should have turned into a code.
    static func looseMarkup(in text: String, format: String) -> String? {
        guard format == "markdown" else { return nil }
        let patterns = [
            #"\*\*\S"#, #"\S\*\*"#, #"__\S"#, #"~~"#, #"`"#, #"\]\("#, #"\]\["#, #"!\["#,
            #"<[A-Za-z/!?]"#, #"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);"#, #"\\[!-/:-@\[-`{-~]"#,
            #"(^|\s)\*[^\s*][^*]*\*($|\s|[.,;:])"#, #"[\r\n]"#,
        ]
        for p in patterns {
            if let r = text.range(of: p, options: .regularExpression) { return String(text[r]) }
        }
        return nil
    }
}
