// Reads one Markdown file as `hexaglot import` does (parse, segment), counts the words of its
// segments, and prints one line: seconds to read, seconds to count, segments, words. A `.txt`
// file is read as plain text instead, for comparison. With MARKS=unlimited in the environment
// the limit on inline marks per block is lifted, to see the parser's own growth; with COUNT=no
// words are not counted (to see the reader's memory alone).
// Usage: markdown-bench FILE [LANGUAGE]
import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotText

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: markdown-bench FILE [LANGUAGE]\n".utf8))
    exit(2)
}
let language = arguments.count > 2 ? Language(rawValue: arguments[2]) ?? .en : .en
let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
guard let text = String(data: data, encoding: .utf8) else {
    FileHandle.standardError.write(Data("\(arguments[1]): not UTF-8\n".utf8))
    exit(1)
}
let clock = ContinuousClock()
let start = clock.now
do {
    let unlimited = ProcessInfo.processInfo.environment["MARKS"] == "unlimited"
    let format: any DocumentFormat = arguments[1].hasSuffix(".txt")
        ? PlainTextFormat() : MarkdownFormat(inlineMarkLimit: unlimited ? .max : MarkdownFormat.maxInlineMarks)
    let parsed = try format.parse(text, file: arguments[1], language: language)
    let read = clock.now
    var words = 0
    if ProcessInfo.processInfo.environment["COUNT"] != "no" {
        for segment in parsed.segments { words += WordCounter.count(segment.content.plainText, language: language) }
    }
    let counted = clock.now
    func seconds(_ d: Duration) -> String { String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
    print("read \(seconds(read - start)) count \(seconds(counted - read)) segments \(parsed.segments.count) words \(words)")
} catch {
    print("refused \(error)")
    exit(1)
}
