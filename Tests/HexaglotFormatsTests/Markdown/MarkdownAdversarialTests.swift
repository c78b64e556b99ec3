import Testing
import HexaglotCore
@testable import HexaglotFormats

/// The shapes that made the reader quadratic (issue 10), at a moderate size: each is read
/// correctly and comes back byte for byte. Their timing at 1–8 MB is in
/// `Benchmarks/markdown/run.sh`; no clock here.
@Suite struct MarkdownAdversarialTests {
    func parse(_ markdown: String, _ language: Language = .en) throws -> ParsedFile {
        let parsed = try MarkdownFormat().parse(markdown, file: "adversarial.md", language: language)
        #expect(parsed.render() == markdown, "round trip")
        return parsed
    }

    @Test func nestedBracketsWithoutLinks() throws {
        let n = 10_000
        let parsed = try parse(String(repeating: "[", count: n) + "x" + String(repeating: "]", count: n) + "\n")
        #expect(parsed.segments.map(\.content.plainText) == [String(repeating: "[", count: n) + "x" + String(repeating: "]", count: n)])
        #expect(parsed.segments.first?.content.codes.isEmpty == true)
    }

    @Test func nestedBracketsAroundOneLink() throws {
        let n = 2_000
        let markdown = String(repeating: "[", count: n) + "x](/u)" + String(repeating: "]", count: n - 1) + "\n"
        let codes = try parse(markdown).segments.flatMap(\.content.codes)
        #expect(codes.filter { $0.role == .link }.count == 2, "one link, the innermost")
    }

    @Test func manyStrongSpans() throws {
        let n = 20_000
        let parsed = try parse(String(repeating: "**a** ", count: n) + "\n")
        let codes = parsed.segments.flatMap(\.content.codes)
        #expect(codes.filter { $0.role == .strong }.count == 2 * n)
        #expect(parsed.segments.map(\.content.plainText).joined(separator: " ").split(separator: " ").count == n)
    }

    @Test func delimitersThatNeverMatch() throws {
        let n = 20_000
        let parsed = try parse(String(repeating: "*a_ ", count: n))
        #expect(parsed.segments.flatMap(\.content.codes).isEmpty)
        #expect(parsed.segments.map(\.content.plainText).joined() == String(repeating: "*a_ ", count: n).trimmingTrailingSpaces)
    }

    @Test func backtickRunsWithoutClosers() throws {
        var markdown = ""
        for k in 1...300 { markdown += "x" + String(repeating: "`", count: k) }
        let parsed = try parse(markdown + "\n")
        #expect(parsed.segments.flatMap(\.content.codes).isEmpty)
        // A closer far away still closes.
        let spanned = try parse("Voir `" + String(repeating: "a ``` ", count: 5_000) + "` ici\n", .fr)
        #expect(spanned.segments.flatMap(\.content.codes).map(\.role) == [.code])
    }

    @Test func htmlOpeningsWithoutEnds() throws {
        let unit = "<!-- <? <![CDATA[ <!X <a b=\" < "
        let parsed = try parse("Texte " + String(repeating: unit, count: 3_000) + "\n", .fr)
        #expect(parsed.segments.flatMap(\.content.codes).isEmpty)
        // One end at the very end closes the first comment only.
        let closed = try parse("Texte <!-- " + String(repeating: "<!-- a ", count: 3_000) + "--> fin\n", .fr)
        #expect(closed.segments.flatMap(\.content.codes).map(\.role) == [.html])
    }

    @Test func htmlPairsThatCross() throws {
        let n = 3_000
        let parsed = try parse(String(repeating: "<b><i>x</b></i> ", count: n) + "\n")
        let codes = parsed.segments.flatMap(\.content.codes)
        #expect(codes.count == 4 * n)
        #expect(codes.filter { $0.kind == .open }.count == n, "one pair of each crossing two")
    }

    @Test func deeplyNestedQuotesAndLists() throws {
        let depth = 20_000
        let quotes = try parse(String(repeating: "> ", count: depth) + "Carta\n" + String(repeating: ">", count: depth) + " circular\n", .es)
        #expect(quotes.segments.map(\.content.plainText) == ["Carta circular"])
        let lists = try parse(String(repeating: "- ", count: depth) + "Письмо\n", .ru)
        #expect(lists.segments.map(\.content.plainText) == ["Письмо"])
        #expect(lists.segments.first?.blockKind == .listItem)
    }

    @Test func oneLongParagraphAndOneLongLine() throws {
        let sentence = "La Unión Internacional de Telecomunicaciones invita a los Estados Miembros. "
        let lines = (0..<5_000).map { _ in sentence }.joined(separator: "\n")
        let paragraph = try parse(lines + "\n", .es)
        #expect(paragraph.segments.count == 5_000)
        let line = try parse(String(repeating: "国际电信联盟邀请成员国提名候选人。", count: 5_000), .zh)
        #expect(line.segments.count == 5_000)
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
