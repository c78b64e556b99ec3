import Synchronization
import CStemmer
import HexaglotCore

/// Snowball stemmers (libstemmer) for Arabic, English, French, Russian and Spanish.
///
/// `stem(_:language:)` gives the word's Snowball stem: "arabic", "english", "french",
/// "russian" or "spanish", in UTF-8. Chinese has no stemmer: a Chinese word is its own stem.
/// Snowball expects lower-case input, so pass a folded word (a ``MatchingKey`` token); it
/// leaves letters of other scripts alone (a Latin word in Russian text comes back unchanged).
///
/// An `sb_stemmer` is not thread-safe, so each call borrows one from a per-language pool
/// (made on demand, returned after the call): any number of threads may stem at once.
public final class Stemmer {
    private init() {}

    /// The Snowball stem of `word` (lower case) in `language`; `word` itself for Chinese,
    /// for the empty word, or if libstemmer has no such algorithm.
    public static func stem(_ word: String, language: Language) -> String {
        guard let algorithm = algorithm(language), !word.isEmpty else { return word }
        let pool = pools[index(language)]
        guard let taken = pool.take(algorithm) else { return word }
        defer { pool.give(taken) }
        let handle = taken.pointer
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let out = sb_stemmer_stem(handle, bytes.baseAddress, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
    }

    /// The Snowball algorithm name for `language`, nil for Chinese.
    static func algorithm(_ language: Language) -> String? {
        switch language {
        case .ar: return "arabic"
        case .en: return "english"
        case .fr: return "french"
        case .ru: return "russian"
        case .es: return "spanish"
        case .zh: return nil
        }
    }

    private static func index(_ language: Language) -> Int { Language.allCases.firstIndex(of: language)! }

    private static let pools: [Pool] = Language.allCases.map { _ in Pool() }

    /// Idle stemmers of one language; a call takes one (or makes one) and gives it back.
    private final class Pool: Sendable {
        private let idle = Mutex<[Handle]>([])

        func take(_ algorithm: String) -> Handle? {
            if let h = idle.withLock({ $0.popLast() }) { return h }
            return sb_stemmer_new(algorithm, "UTF_8").map(Handle.init)
        }

        func give(_ handle: Handle) {
            idle.withLock { $0.append(handle) }
        }
    }

    /// One `sb_stemmer`, owned by the call that took it from the pool.
    // @unchecked: a stemmer is used by one thread at a time: the pool hands each out under its mutex and gets it back after the call.
    private struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }
}
