import HexaglotCore
import HexaglotText

/// A numbered resolution or decision as written.
struct ReferenceParts {
    var range: Range<Int>
    var numberRange: Range<Int>
    var number: Int
    var system: DigitSystem
    var isDecision: Bool

    var value: String { (isDecision ? "Decision " : "Resolution ") + String(number) }
}
