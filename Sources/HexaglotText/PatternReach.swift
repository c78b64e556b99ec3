/// How many UTF-16 units a regular expression can read at most, so that a rule is tried on
/// a window of the text no wider than it needs (copying a wide window for every rule at
/// every candidate boundary is most of what segmentation costs).
///
/// A conservative estimate over the ICU syntax the rules use: every character class, escape
/// or `.` counts as two units (a supplementary character), look-arounds count as if they
/// consumed, alternatives take their longest branch, `{n,m}` counts `m`. An unbounded
/// repetition (`*`, `+`, `{n,}`) counts ``unboundedRepeat`` times: a rule meeting more than
/// that many repeated characters (seventeen spaces in a row) sees the text cut there. Syntax the
/// estimate does not know (`\Q…\E`, back-references, flags groups) gives `nil`, and the caller
/// keeps its widest window.
enum PatternReach {
    static let unboundedRepeat = 16

    static func maxLength(_ pattern: String) -> Int? {
        var p = Parser(Array(pattern.unicodeScalars))
        guard let n = p.alternation(), p.i == p.s.count else { return nil }
        return n
    }

    private struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func alternation() -> Int? {
            var best = 0
            while true {
                guard let n = sequence() else { return nil }
                best = max(best, n)
                if i < s.count, s[i] == "|" { i += 1; continue }
                return best
            }
        }

        mutating func sequence() -> Int? {
            var total = 0
            while i < s.count, s[i] != "|", s[i] != ")" {
                guard let a = atom(), let q = quantified(a) else { return nil }
                total += q
            }
            return total
        }

        mutating func atom() -> Int? {
            let c = s[i]
            i += 1
            switch c {
            case "(":
                if i < s.count, s[i] == "?" {
                    i += 1
                    guard i < s.count else { return nil }
                    switch s[i] {
                    case ":", "=", "!": i += 1
                    case "<" where i + 1 < s.count && (s[i + 1] == "=" || s[i + 1] == "!"): i += 2
                    default: return nil
                    }
                }
                guard let n = alternation(), i < s.count, s[i] == ")" else { return nil }
                i += 1
                return n
            case "[":
                return characterClass() ? 2 : nil
            case "\\":
                guard i < s.count else { return nil }
                let e = s[i]
                i += 1
                switch e {
                case "b", "B", "A", "z", "Z", "G": return 0
                case "p", "P", "x", "N":
                    if i < s.count, s[i] == "{" { return skip(to: "}") ? 2 : nil }
                    if e == "x" { i = min(s.count, i + 2) }
                    return 2
                case "u": i = min(s.count, i + 4); return 2
                case "Q", "E", "k", "1"..."9": return nil
                default: return 2
                }
            case "^", "$": return 0
            case ")", "|", "*", "+", "?", "{": return nil
            default: return c.utf16.count == 1 ? 1 : 2
            }
        }

        /// After `[`: skips to the matching `]`, nested classes and escapes included.
        mutating func characterClass() -> Bool {
            var depth = 1
            if i < s.count, s[i] == "^" { i += 1 }
            if i < s.count, s[i] == "]" { i += 1 }
            while i < s.count {
                switch s[i] {
                case "\\": i += 2
                case "[": depth += 1; i += 1
                case "]":
                    depth -= 1
                    i += 1
                    if depth == 0 { return true }
                default: i += 1
                }
            }
            return false
        }

        mutating func skip(to end: Unicode.Scalar) -> Bool {
            while i < s.count, s[i] != end { i += 1 }
            guard i < s.count else { return false }
            i += 1
            return true
        }

        mutating func quantified(_ n: Int) -> Int? {
            guard i < s.count else { return n }
            var times: Int
            switch s[i] {
            case "*", "+": times = PatternReach.unboundedRepeat; i += 1
            case "?": times = 1; i += 1
            case "{":
                let start = i + 1
                guard skip(to: "}") else { return nil }
                let body = String(String.UnicodeScalarView(s[start..<(i - 1)]))
                let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                guard let first = Int(parts[0]) else { return nil }
                if parts.count == 1 { times = first }
                else if let m = Int(parts[1]) { times = m }
                else { times = PatternReach.unboundedRepeat }
            default: return n
            }
            if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
            return n * times
        }
    }
}
