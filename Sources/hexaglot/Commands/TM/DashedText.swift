/// Lets the free text of `tm lookup` and `tm concordance` start with a dash, without `--`.
///
/// swift-argument-parser reads every argument that starts with `-` as options (`"-l can only be
/// used with an FTP URL."` is a group of short options holding `-h`, so it prints the help). An
/// argument of these commands that cannot be an option name (it has white space, or a character
/// other than letters, digits and `-` before any `=`: `-12345`, `--%s needs a <directory>
/// argument`) is moved after a `--`, where it is read as the text. Option-shaped arguments stay
/// options, so a misspelt option (`--frm`) is still an error.
enum DashedText {
    /// The command paths whose positional argument is a free text.
    static let commands: [[String]] = [["tm", "lookup"], ["tm", "concordance"]]

    /// The arguments (without the program name) with such texts moved after `--`.
    static func arguments(_ arguments: [String]) -> [String] {
        guard let path = commands.first(where: { arguments.starts(with: $0) }) else { return arguments }
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        var kept: [String] = [], texts: [String] = []
        for argument in arguments[path.count..<end] {
            if argument.hasPrefix("-") && !isOptionShaped(argument) { texts.append(argument) } else { kept.append(argument) }
        }
        guard !texts.isEmpty else { return arguments }
        let rest = end < arguments.endIndex ? arguments[(end + 1)...] : []
        return path + kept + ["--"] + texts + rest
    }

    /// `-x`, `-xyz`, `--name` or `--name=value`: what an option can look like.
    static func isOptionShaped(_ argument: String) -> Bool {
        let name = argument.prefix { $0 != "=" }
        let body = name.hasPrefix("--") ? name.dropFirst(2) : name.dropFirst()
        guard let first = body.first, first.isASCII, first.isLetter else { return false }
        if !name.hasPrefix("--") && name.count != argument.count { return false }
        return body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
