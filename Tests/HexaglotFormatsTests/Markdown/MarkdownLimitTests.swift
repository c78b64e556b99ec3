import Testing
import HexaglotCore
@testable import HexaglotFormats

/// The documented limits: beyond them a file is refused at once, with one clear error.
@Suite struct MarkdownLimitTests {
    @Test func aFileOverTheLimitIsRefused() throws {
        let text = String(repeating: "Une phrase de la lettre circulaire.\n", count: MarkdownFormat.maxBytes / 36 + 1)
        #expect(text.utf8.count > MarkdownFormat.maxBytes)
        do {
            _ = try MarkdownFormat().parse(text, file: "énorme.md", language: .fr)
            Issue.record("an 8 MiB file was read")
        } catch let error as FormatError {
            #expect(error.code == .tooLarge)
            #expect(error.description.contains("énorme.md") && error.description.contains("at most 8.0 MB"), "\(error)")
        }
        // A file under the limit is read.
        let atLimit = String(repeating: "a", count: 1_000) + "\n"
        #expect(try MarkdownFormat().parse(atLimit, file: nil, language: .en).segments.count == 1)
    }

    @Test func aBlockWithTooManyInlineMarksIsRefused() throws {
        let text = "# Заголовок\n\nТекст.\n\n" + String(repeating: "*a_ ", count: MarkdownFormat.maxInlineMarks / 2 + 10) + "\n"
        do {
            _ = try MarkdownFormat().parse(text, file: "marks.md", language: .ru)
            Issue.record("the block was read")
        } catch let error as FormatError {
            #expect(error.code == .tooLarge)
            #expect(error.location == SourceLocation(file: "marks.md", line: 5), "\(error)")
            #expect(error.description.contains("100,000 inline marks"), "\(error)")
        }
        // Just under the limit, the same block is read.
        let under = String(repeating: "*a_ ", count: MarkdownFormat.maxInlineMarks / 2 - 10)
        #expect(try MarkdownFormat().parse(under, file: nil, language: .en).segments.count == 1)
    }
}
