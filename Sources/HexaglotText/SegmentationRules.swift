import Foundation

/// Sentence segmentation exceptions kept as data, in the shape of an SRX 2.0 file.
///
/// A rule set holds named *language rules* (ordered lists of ``Rule``) and *language maps*
/// that say which language rules apply to which language codes. For a language, every map
/// whose pattern matches the code contributes its rules, in map order, when ``cascade`` is
/// true (SRX 2.0 `cascade="yes"`); otherwise only the first matching map does.
///
/// ``SentenceSegmenter`` runs the rules over ICU's sentence boundaries: at each candidate
/// position the first rule that matches decides. Patterns are ICU regular expressions
/// (nearly the Java syntax SRX names). A rule's `beforeBreak` is matched as a look-behind,
/// so its length must be bounded (`{0,3}` rather than `*`); unbounded patterns still work
/// but only look back ``maxUnboundedLookBehind`` UTF-16 units and cost more. The rules see a
/// window of the text around the position as wide as their patterns can read
/// (``PatternReach``, at most 256 units each side): a repetition such as `\s+` reads at most
/// ``PatternReach/unboundedRepeat`` characters.
///
/// ``srx()`` writes the rules back; reading that text gives equal rules. Header options
/// SRX defines for markup (`segmentsubflows`, `formathandle`) do not apply to plain text and
/// are neither kept nor needed.
public struct SegmentationRules: Hashable, Sendable {
    /// One SRX `<rule>`: break or not where `beforeBreak` ends and `afterBreak` begins.
    public struct Rule: Hashable, Sendable {
        /// `true` for `break="yes"`, `false` for an exception (`break="no"`).
        public var isBreak: Bool
        /// A pattern the text before the position must end with; empty matches anything.
        public var beforeBreak: String
        /// A pattern the text after the position must start with; empty matches anything.
        public var afterBreak: String

        public init(isBreak: Bool, beforeBreak: String = "", afterBreak: String = "") {
            self.isBreak = isBreak
            self.beforeBreak = beforeBreak
            self.afterBreak = afterBreak
        }
    }

    /// One SRX `<languagerule>`: a named, ordered list of rules.
    public struct LanguageRule: Hashable, Sendable {
        public var name: String
        public var rules: [Rule]

        public init(name: String, rules: [Rule]) {
            self.name = name
            self.rules = rules
        }
    }

    /// One SRX `<languagemap>`: language codes matching `pattern` (a regular expression
    /// matched against the whole code, case-insensitively) use the rules named `ruleName`.
    public struct LanguageMap: Hashable, Sendable {
        public var pattern: String
        public var ruleName: String

        public init(pattern: String, ruleName: String) {
            self.pattern = pattern
            self.ruleName = ruleName
        }
    }

    /// Whether every matching map applies (in order) or only the first.
    public var cascade: Bool
    public var languageRules: [LanguageRule]
    public var languageMaps: [LanguageMap]

    /// How far back (UTF-16 units) an unbounded `beforeBreak` pattern looks.
    public static let maxUnboundedLookBehind = 1024

    /// Checks the rules: names unique, maps naming existing rules, all patterns valid.
    public init(cascade: Bool = true, languageRules: [LanguageRule], languageMaps: [LanguageMap]) throws {
        self.cascade = cascade
        self.languageRules = languageRules
        self.languageMaps = languageMaps
        try validate(lines: nil)
    }

    init(unchecked cascade: Bool, languageRules: [LanguageRule], languageMaps: [LanguageMap]) {
        self.cascade = cascade
        self.languageRules = languageRules
        self.languageMaps = languageMaps
    }

    /// Reads SRX 2.0 text; a malformed file throws ``TextError/Code/rules`` naming the line.
    public init(srx: String) throws {
        self = try SRXReader.read(srx)
    }

    /// Reads an SRX file.
    public static func load(contentsOf url: URL) throws -> SegmentationRules {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TextError(.rules, "cannot read segmentation rules \(url.path): \(error.localizedDescription)")
        }
        do {
            return try SegmentationRules(srx: text)
        } catch let e as TextError {
            throw TextError(.rules, "\(url.lastPathComponent): \(e.message)")
        }
    }

    /// The rules shipped with Hexaglot (`Rules/hexaglot.srx`): exceptions for the six
    /// UN languages on top of ICU's sentence breaks.
    public static let builtIn: SegmentationRules = {
        guard let url = bundledRulesURL else {
            fatalError("HexaglotText resource Rules/hexaglot.srx is missing from the bundle")
        }
        do {
            return try load(contentsOf: url)
        } catch {
            fatalError("bundled segmentation rules are malformed: \(error)")
        }
    }()

    static var bundledRulesURL: URL? {
        Bundle.module.url(forResource: "hexaglot", withExtension: "srx", subdirectory: "Rules")
            ?? Bundle.module.url(forResource: "hexaglot", withExtension: "srx")
    }

    /// The rules that apply to a language code such as `fr` or `zh-Hans`, in order.
    public func rules(forLanguageCode code: String) -> [Rule] {
        var result: [Rule] = []
        for map in languageMaps where Self.code(code, matches: map.pattern) {
            if let lr = languageRules.first(where: { $0.name == map.ruleName }) {
                result += lr.rules
            }
            if !cascade { break }
        }
        return result
    }

    static func code(_ code: String, matches pattern: String) -> Bool {
        guard let re = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.caseInsensitive]) else {
            return false
        }
        let ns = code as NSString
        return re.firstMatch(in: code, options: [], range: NSRange(location: 0, length: ns.length)) != nil
    }

    /// Validates names, references and patterns; `lines` gives source lines for messages.
    func validate(lines: SRXReader.Lines?) throws {
        func at(_ line: Int?) -> String { line.map { "line \($0): " } ?? "" }
        var names = Set<String>()
        for (i, lr) in languageRules.enumerated() {
            let line = lines?.languageRules[safe: i]
            if lr.name.isEmpty { throw TextError(.rules, "\(at(line))languagerule without a languagerulename") }
            if !names.insert(lr.name).inserted {
                throw TextError(.rules, "\(at(line))duplicate languagerule '\(lr.name)'")
            }
            for (j, rule) in lr.rules.enumerated() {
                let ruleLine = lines?.rules[safe: i]?[safe: j]
                for (what, pattern) in [("beforebreak", rule.beforeBreak), ("afterbreak", rule.afterBreak)] where !pattern.isEmpty {
                    do {
                        _ = try NSRegularExpression(pattern: pattern, options: [])
                    } catch {
                        throw TextError(.rules, "\(at(ruleLine))invalid \(what) pattern in languagerule '\(lr.name)': \(pattern)")
                    }
                }
            }
        }
        for (i, map) in languageMaps.enumerated() {
            let line = lines?.languageMaps[safe: i]
            if !names.contains(map.ruleName) {
                throw TextError(.rules, "\(at(line))languagemap names unknown languagerule '\(map.ruleName)'")
            }
            if (try? NSRegularExpression(pattern: map.pattern, options: [])) == nil {
                throw TextError(.rules, "\(at(line))invalid languagepattern: \(map.pattern)")
            }
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
