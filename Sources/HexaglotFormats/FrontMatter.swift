import HexaglotCore
import Yams

/// YAML front matter: a `---` line at the very start of a file (after an optional UTF-8
/// byte-order mark), YAML, and a closing `---` or `...` line.
///
/// The whole block, delimiter lines included, is skeleton. Its keys are read with Yams as
/// text: scalars exactly as written (`date: 2019-12-24` stays `"2019-12-24"`), nested
/// sequences and mappings as YAML flow text.
struct FrontMatter {
    /// The raw block, from the opening `---` to the closing line's line ending included.
    var raw: Substring
    var values: [String: String]
    /// The 1-based line of the file where each key is written.
    var lines: [String: Int] = [:]
    /// The keys in the order they are written.
    var order: [String] = []
    /// The keys whose value is a list or a mapping (their value is YAML flow text).
    var nested: Set<String> = []

    /// The end of the front matter block at the start of `text` (after a BOM), or nil when
    /// the text does not start with one. Throws when a block is opened but never closed.
    static func blockEnd(in text: Substring, file: String?) throws -> Substring.Index? {
        var body = text
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        let lines = SourceLine.split(body)
        guard let first = lines.first, isDelimiter(first.text, allowDots: false), !first.ending.isEmpty else {
            return nil
        }
        for line in lines.dropFirst() where isDelimiter(line.text, allowDots: true) {
            return line.ending.endIndex
        }
        throw FormatError(.frontMatter,
                          "front matter opened here is not closed: add a line '---' (or '...') after its last key",
                          at: SourceLocation(file: file, line: 1, column: 1))
    }

    /// Reads the front matter at the start of `text`, if there is one.
    static func read(_ text: Substring, file: String?) throws -> FrontMatter? {
        guard let end = try blockEnd(in: text, file: file) else { return nil }
        let raw = text[text.startIndex..<end]
        var lines = SourceLine.split(raw.first == "\u{FEFF}" ? raw.dropFirst() : raw)
        lines.removeFirst()
        lines.removeLast()
        let yaml = lines.map { String($0.text) + "\n" }.joined()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (problem, line, column) = describe(error)
            throw FormatError(.frontMatter, "invalid YAML in front matter: \(problem)",
                              at: SourceLocation(file: file, line: line.map { $0 + 1 } ?? 2, column: column))
        } catch {
            throw FormatError(.frontMatter, "invalid YAML in front matter: \(error)",
                              at: SourceLocation(file: file, line: 2))
        }
        guard let node else { return FrontMatter(raw: raw, values: [:]) }
        guard let mapping = node.mapping else {
            throw FormatError(.frontMatter,
                              "front matter must be a YAML mapping of keys to values (such as 'reference: CL-19/73'), not a \(kindName(node))",
                              at: SourceLocation(file: file, line: 2, column: 1))
        }
        var values: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        var order: [String] = []
        var nested: Set<String> = []
        for (key, value) in mapping {
            guard let k = key.scalar?.string else {
                throw FormatError(.frontMatter, "front matter keys must be plain text",
                                  at: SourceLocation(file: file, line: key.mark.map { $0.line + 1 } ?? 2))
            }
            values[k] = value.scalar?.string ?? flow(value)
            keyLines[k] = key.mark.map { $0.line + 1 } ?? 2
            order.append(k)
            if value.scalar == nil { nested.insert(k) }
        }
        return FrontMatter(raw: raw, values: values, lines: keyLines, order: order, nested: nested)
    }

    /// A nested value as YAML flow text: `[a, b]`, `{k: v}`.
    private static func flow(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return "[" + sequence.map(flow).joined(separator: ", ") + "]"
        case .mapping(let mapping): return "{" + mapping.map { flow($0.key) + ": " + flow($0.value) }.joined(separator: ", ") + "}"
        case .alias: return ""
        }
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var s = line
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s == "---" || (allowDots && s == "...")
    }

    private static func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: return "single value"
        case .sequence: return "list"
        case .mapping: return "mapping"
        case .alias: return "alias"
        }
    }

    /// The problem text and 1-based line/column within the YAML of a Yams error.
    private static func describe(_ error: YamlError) -> (String, Int?, Int?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return (text, mark.line, mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("duplicated keys \(duplicates.joined(separator: ", "))", context.mark.line, context.mark.column)
        default:
            return ("\(error)", nil, nil)
        }
    }
}


/// Writes a YAML front matter block from keys and values, quoting values where YAML needs it.
public enum FrontMatterWriter {
    /// `---`, one `key: value` line per pair in order, `---`, each line ending in `\n`.
    public static func block(_ pairs: [(key: String, value: String)]) -> String {
        var out = "---\n"
        for (key, value) in pairs { out += "\(key): \(scalar(value))\n" }
        return out + "---\n"
    }

    /// The front matter `block` (`---` lines included) with the values of some keys replaced.
    ///
    /// The block is read with YAML; a key is found under any spelling ``FrontMatterKeys`` reads as
    /// it (`titel` for `title`) and its whole value, quoted or on several lines, is replaced by
    /// `key: value` on one line. Keys the block does not have are not added; every other line
    /// stays byte for byte. Throws a ``FormatError`` when the block is not valid front matter.
    public static func updating(_ block: String, with changes: [(key: String, value: String)]) throws -> String {
        guard let front = try FrontMatter.read(Substring(block), file: nil) else { return block }
        let lines = SourceLine.split(Substring(block))
        let starts = front.order.compactMap { front.lines[$0] }.map { $0 - 1 }.sorted()
        var replaced: [(range: Range<Int>, text: String)] = []
        for written in front.order where !front.nested.contains(written) {
            guard let canonical = FrontMatterKeys.resolve(FrontMatterKeys.normalise(written))?.key,
                  let change = changes.first(where: { $0.key == canonical }),
                  front.values[written] != change.value,
                  let line = front.lines[written].map({ $0 - 1 }), line > 0, line < lines.count - 1 else { continue }
            var end = starts.first { $0 > line } ?? (lines.count - 1)
            // Blank and comment lines after the value (not indented: not part of it) stay.
            while end - 1 > line, lines[end - 1].text.isBlankLine || lines[end - 1].text.hasPrefix("#") { end -= 1 }
            replaced.append((line..<end, "\(written): \(scalar(change.value))" + String(lines[line].ending)))
        }
        guard !replaced.isEmpty else { return block }
        var out = ""
        var k = 0
        for r in replaced.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            while k < r.range.lowerBound { out += String(lines[k].text) + String(lines[k].ending); k += 1 }
            out += r.text
            k = r.range.upperBound
        }
        while k < lines.count { out += String(lines[k].text) + String(lines[k].ending); k += 1 }
        return out
    }

    /// The value as a YAML scalar: plain when that reads back the same, else double-quoted.
    /// `true` and `false` stay plain: they are the flags Hexaglot writes (`complete: false`).
    static func scalar(_ value: String) -> String {
        let plainSafe = !value.isEmpty
            && value.allSatisfy { $0.isLetter || $0.isNumber || " -_./".contains($0) }
            && value.first != " " && value.last != " " && value.first != "-"
            && !["yes", "no", "null", "on", "off", "~"].contains(value.lowercased())
        if plainSafe { return value }
        var escaped = ""
        for ch in value {
            switch ch {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(ch)
            }
        }
        return "\"\(escaped)\""
    }
}
