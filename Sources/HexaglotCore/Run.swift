/// A stretch of segment content: translatable text, or an inline code.
public enum Run: Hashable, Sendable {
    case text(String)
    case code(InlineCode)
}

extension Run: Codable {
    // A text run encodes as a bare JSON string, a code as an object: compact in the store
    // and readable in `--json` output.
    public init(from decoder: Decoder) throws {
        let single = try decoder.singleValueContainer()
        if let text = try? single.decode(String.self) {
            self = .text(text)
        } else {
            self = .code(try single.decode(InlineCode.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var single = encoder.singleValueContainer()
        switch self {
        case .text(let text): try single.encode(text)
        case .code(let code): try single.encode(code)
        }
    }
}
