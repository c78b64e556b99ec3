import ArgumentParser
import Foundation

/// Lets a value start with a dash without `--`: a segment number `-1`, a translation "- item"
/// or "-5 °C", a query "-l can only be used with an FTP URL.".
///
/// swift-argument-parser takes every word that starts with `-` for an option, and drops or
/// misreports one it does not know. A word that cannot be an option name (a digit or a space
/// after the dash, `-%s`, a lone `-`) is a value: when one is present, the arguments are put
/// in the order the parser reads without doubt: the subcommand, its options (as `--name=value`,
/// so a value may start with a dash too), then `--` and the positional values in their order.
enum DashValues {
    static func rewrite(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
        guard let end = arguments.firstIndex(of: "--") ?? Optional(arguments.endIndex),
              arguments[..<end].contains(where: isDashValue),
              let command = commandInfo(root) else { return arguments }
        var node = command
        var index = 0
        while index < arguments.count, let sub = node.subcommands?.first(where: { $0.commandName == arguments[index] }) {
            node = sub
            index += 1
        }
        var options: [String] = [], positionals: [String] = []
        var rest = Array(arguments[index...]).makeIterator()
        while let word = rest.next() {
            if word == "--" { positionals.append(contentsOf: IteratorSequence(rest)); break }
            let (name, attached) = split(word)
            guard isOptionShaped(word), let argument = node.argument(named: name) else {
                if isOptionShaped(word) { options.append(word) } else { positionals.append(word) }
                continue
            }
            guard argument.kind == "option" else { options.append(word); continue }
            let long = argument.longName ?? name
            if let attached { options.append("\(long)=\(attached)"); continue }
            guard let value = rest.next() else { options.append(word); break }
            options.append("\(long)=\(value)")
            // `--langs fr en`: the values up to the next option.
            while argument.parsingStrategy == "upToNextOption", let more = rest.next() {
                if isOptionShaped(more) || more == "--" { rest = ([more] + Array(IteratorSequence(rest))).makeIterator(); break }
                options.append("\(long)=\(more)")
            }
        }
        return Array(arguments[..<index]) + options + (positionals.isEmpty ? [] : ["--"] + positionals)
    }

    /// A word the parser would take for an option but that cannot name one.
    static func isDashValue(_ word: String) -> Bool {
        word.hasPrefix("-") && word != "--" && !isOptionShaped(word)
    }

    /// `-o`, `-hv`, `--name`, `--name=value`.
    static func isOptionShaped(_ word: String) -> Bool {
        let (name, _) = split(word)
        if name.hasPrefix("--") {
            let body = name.dropFirst(2)
            return body.first?.isLetter == true && body.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
        let body = name.dropFirst()
        return name.hasPrefix("-") && !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isLetter }
    }

    private static func split(_ word: String) -> (String, String?) {
        guard word.hasPrefix("--"), let eq = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<eq]), String(word[word.index(after: eq)...]))
    }

    /// The command tree as swift-argument-parser describes it (read only when a dash value is present).
    private static func commandInfo(_ root: any ParsableCommand.Type) -> Info? {
        let text = root._dumpHelp()
        struct Dump: Decodable { var command: Info }
        return try? JSONDecoder().decode(Dump.self, from: Data(text.utf8)).command
    }

    struct Info: Decodable {
        var commandName: String
        var subcommands: [Info]?
        var arguments: [Argument]?

        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var parsingStrategy: String?
            var longName: String? { names?.first { $0.kind == "long" }.map(\.spelled) }
        }

        struct Name: Decodable {
            var kind: String
            var name: String
            var spelled: String { kind == "long" ? "--" + name : "-" + name }
        }

        func argument(named word: String) -> Argument? {
            arguments?.first { $0.names?.contains { $0.spelled == word } == true }
        }
    }
}
