/// The content of a segment or of a translation: text runs and inline codes in order.
///
/// Adjacent text runs are merged and empty ones dropped, so two contents with the same
/// text and codes compare equal however they were built.
public struct Content: Hashable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public private(set) var runs: [Run]

    public init(_ runs: [Run] = []) {
        self.runs = []
        for run in runs { append(run) }
    }

    public init(text: String) { self.init([.text(text)]) }

    public init(stringLiteral value: String) { self.init(text: value) }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Run].self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(runs)
    }

    public mutating func append(_ run: Run) {
        switch run {
        case .text(let t):
            if t.isEmpty { return }
            if case .text(let previous)? = runs.last {
                runs[runs.count - 1] = .text(previous + t)
            } else {
                runs.append(run)
            }
        case .code:
            runs.append(run)
        }
    }

    public mutating func append(contentsOf other: Content) {
        for run in other.runs { append(run) }
    }

    public var isEmpty: Bool { runs.isEmpty }

    /// The inline codes, in order.
    public var codes: [InlineCode] {
        runs.compactMap { if case .code(let c) = $0 { return c } else { return nil } }
    }

    /// The text a reader sees: text runs, plus what placeholders stand for.
    public var plainText: String {
        var s = ""
        for run in runs {
            switch run {
            case .text(let t): s += t
            case .code(let c): s += c.equiv ?? ""
            }
        }
        return s
    }

    /// The content written back in its file format: text runs and each code's original markup.
    public var markup: String {
        var s = ""
        for run in runs {
            switch run {
            case .text(let t): s += t
            case .code(let c): s += c.data
            }
        }
        return s
    }

    /// Plain text with codes shown as `{1}`, `{/1}` and `{1/}`, as CAT tools display tags.
    public var tagged: String {
        var s = ""
        for run in runs {
            switch run {
            case .text(let t): s += t
            case .code(let c):
                switch c.kind {
                case .open: s += "{\(c.id)}"
                case .close: s += "{/\(c.id)}"
                case .placeholder:
                    if c.role == .lineBreak || c.role == .escape { s += c.equiv ?? "" } else { s += "{\(c.id)/}" }
                }
            }
        }
        return s
    }

    public var description: String { tagged }
}
