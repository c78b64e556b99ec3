import Synchronization
import CICU
import HexaglotCore

/// An ICU transliterator: "Han-Latin" (pinyin with tone marks), "Cyrillic-Latin",
/// "Russian-Latin/BGN", "Arabic-Latin", "Any-Latin; Latin-ASCII", or any ICU ID or
/// compound ID.
///
/// Copies share one ICU object; calls are serialised on it, so a transliterator may be
/// used from any thread.
public struct Transliterator: Sendable {
    public let id: String
    private let box: Box

    public init(id: String) throws {
        var status: Int32 = 0
        guard let h = hx_transliterator_open(id, &status), hx_failed(status) == 0 else {
            throw TextError(.icu, "unknown transliterator '\(id)': \(String(cString: hx_error_name(status)))")
        }
        self.id = id
        self.box = Box(h)
    }

    /// `s` transliterated; unchanged if ICU fails.
    public func apply(_ s: String) -> String {
        guard !s.isEmpty else { return s }
        return box.handle.withLock { handle in
            (try? ICU.utf16Result(s) { hx_transliterate(handle, $0, $1, $2, $3, $4) }) ?? s
        }
    }

    /// `s` in Latin letters, read as text in `language`: pinyin with tones for Chinese,
    /// BGN/PCGN romanisation for Russian, ICU's Arabic-Latin for Arabic; for English,
    /// French and Spanish only stray non-Latin letters change (Any-Latin).
    public static func latin(_ s: String, from language: Language) -> String {
        shared(language)?.apply(s) ?? s
    }

    private static let cache = Mutex<[Language: Transliterator]>([:])

    private static func shared(_ language: Language) -> Transliterator? {
        cache.withLock { cache in
            if let t = cache[language] { return t }
            let id: String
            switch language {
            case .zh: id = "Han-Latin"
            case .ru: id = "Russian-Latin/BGN"
            case .ar: id = "Arabic-Latin"
            case .en, .fr, .es: id = "Any-Latin"
            }
            let t = try? Transliterator(id: id)
            cache[language] = t
            return t
        }
    }

    private final class Box: Sendable {
        let handle: Mutex<OpaquePointer>
        init(_ handle: sending OpaquePointer) { self.handle = Mutex(handle) }
        deinit { handle.withLock { hx_transliterator_close($0) } }
    }
}
