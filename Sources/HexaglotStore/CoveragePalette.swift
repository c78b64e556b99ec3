import Foundation
import HexaglotCore

/// The colours of coverage reports: one per status and the heat scale of percent done, shared
/// by `coverage --html` and the web workspace's dashboard so both read the same.
public enum CoveragePalette {
    /// Colour-blind-safe status colours (Okabe–Ito), with the text colour readable on each.
    public static let statusColours: [TranslationStatus: (fill: String, text: String)] = [
        .new: ("#d9d9d9", "#222"), .draft: ("#e69f00", "#222"), .translated: ("#56b4e9", "#222"),
        .reviewed: ("#0072b2", "#fff"), .approved: ("#009e73", "#fff"), .outdated: ("#f0e442", "#222"),
        .rejected: ("#d55e00", "#fff"),
    ]

    /// A percent done as reports print it: rounded down, so 99.6% is not shown as done; `<1%` for a start.
    public static func percent(_ value: Double) -> String {
        if value >= 100 { return "100%" }
        if value > 0 && value < 1 { return "<1%" }
        return "\(Int(value.rounded(.down)))%"
    }

    /// A single-hue sequential scale (pale to dark blue), so the order reads for every kind of
    /// colour vision; the number is printed in the cell as well.
    public static func heatColour(_ percent: Double) -> (background: String, text: String) {
        let t = max(0, min(100, percent)) / 100
        let from = (0xf4, 0xf6, 0xfb), to = (0x08, 0x30, 0x6b)
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        let rgb = (mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
        return (String(format: "#%02x%02x%02x", rgb.0, rgb.1, rgb.2), t >= 0.5 ? "#ffffff" : "#111111")
    }
}

extension LanguageCoverage {
    /// The share of `words` (the document's source words) whose translation has text not yet
    /// done (draft, outdated, rejected): shown beside the share done, so pretranslated work is visible.
    public func pendingPercent(words total: Int) -> Double {
        let pending = [TranslationStatus.draft, .outdated, .rejected].reduce(0) { $0 + words($1) }
        return total == 0 ? 0 : Double(pending) * 100 / Double(total)
    }
}
