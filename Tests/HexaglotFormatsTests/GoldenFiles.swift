import Foundation
import HexaglotCore
@testable import HexaglotFormats

/// The golden inputs and their expected segmentations.
///
/// Inputs are the files directly in `Golden/` whose extension a registered format reads;
/// each is named `name.LANG.ext`, LANG giving the segmentation language. The expected
/// segmentation of `X` is `Golden/Expected/X.segments.txt`, one segment a line:
/// `line<TAB>blockKind<TAB>block<TAB>tagged content`.
///
/// Run the tests with `HEXAGLOT_UPDATE_GOLDEN=1` to rewrite the expectations (in the
/// source tree, not the bundle copy), then review the diff by eye.
enum Golden {
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var url: URL
        var formatName: String
        var language: Language
        var description: String { file }
        var format: any DocumentFormat { FormatRegistry.format(named: formatName)! }
    }

    static let bundleDirectory: URL = Bundle.module.url(forResource: "Golden", withExtension: nil)!
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["HEXAGLOT_UPDATE_GOLDEN"] == "1" }

    static let cases: [Case] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: bundleDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            guard !name.hasPrefix("."), let format = FormatRegistry.format(forPath: name) else { return nil }
            let parts = name.split(separator: ".")
            guard parts.count >= 3, let language = Language(rawValue: String(parts[parts.count - 2])) else { return nil }
            return Case(file: name, url: bundleDirectory.appendingPathComponent(name), formatName: format.name, language: language)
        }
    }()

    /// The segments as the expectation files write them.
    static func describe(_ parsed: ParsedFile) -> String {
        parsed.segments.map { s in
            let tagged = s.content.tagged.replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
            return "\(s.line)\t\(s.blockKind.rawValue)\t\(s.block)\t\(tagged)\n"
        }.joined()
    }

    static func expectation(for file: String) -> String? {
        let url = bundleDirectory.appendingPathComponent("Expected").appendingPathComponent(file + ".segments.txt")
        return try? String(contentsOf: url, encoding: .utf8)
    }

    static func writeExpectation(_ text: String, for file: String) throws {
        let dir = sourceDirectory.appendingPathComponent("Expected")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent(file + ".segments.txt"), atomically: true, encoding: .utf8)
    }
}
