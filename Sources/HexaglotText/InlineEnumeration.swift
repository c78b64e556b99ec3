import Foundation

/// Numbered, lettered or bulleted items run together inside one paragraph:
/// "1.) Open the box 2.) Remove the cover", "a. Read the guide b. Install the tool",
/// "• 9. Book the room • 10. Order the food".
///
/// A run is two or more markers of the same form (bullet or not, digits or lowercase letters
/// or uppercase letters with a bracket, the same closing `.` `.)` `)`), each the next in
/// sequence (1, 2, 3, or a, b, c from "a"; bullets alone always chain). Its first marker
/// starts the text or a line, or follows a colon, a sentence stop or a bullet; every later
/// marker follows whitespace. A marker whose item starts with a lowercase letter is no marker
/// here (items running on in a sentence, "invited to: (a) submit …; (b) take part …").
///
/// Every item after the first starts a sentence, and no boundary falls between a marker and
/// its item (nor after a lone marker that opens the text or a line). When an item ends with a
/// semicolon or comma the items are clauses of one sentence ("decided: 1. To approve …;
/// 2. To adopt …", "قرر: 1. …؛ 2. …"): their markers are kept with their items, and no
/// boundary is added. An uppercase letter with a stop ("A. Smith and B. Jones") is an
/// initial, never a marker.
struct InlineEnumeration {
    /// Offsets (UTF-16) where an item after the first begins.
    var itemStarts: [Int] = []
    /// Ranges from a marker's start to its item's first character: no boundary inside.
    var markers: [ClosedRange<Int>] = []

    private struct Marker {
        var start: Int
        var itemStart: Int
        var form: String
        var value: Int?
        var startsRun: Bool
        var startsLine: Bool
        var lettered: Bool

        /// Numbers and bullets may open a run anywhere a run starts; letters only from "a".
        var opensRun: Bool { startsRun && (!lettered || value == 0) }
    }

    /// Bullets that open an item; "-" and "–" are left out (they also join words and ranges).
    static let bullets = "•◦▪▫‣⁃●○■□►▸"
    /// Letters in list order, for lettered items: Latin, then Cyrillic as Russian lists use it.
    private static let letterOrder: [Character: Int] = {
        var order: [Character: Int] = [:]
        for (i, c) in "abcdefghijklmnopqrstuvwxyz".enumerated() { order[c] = i; order[Character(c.uppercased())] = i }
        for (i, c) in "абвгдежзиклмнопрстуфхцчшщэюя".enumerated() { order[c] = i; order[Character(c.uppercased())] = i }
        return order
    }()

    /// The longest item (UTF-16 units) of an enumeration run together in a paragraph.
    private static let maxItemLength = 2000
    /// Punctuation ending an item that goes on in the same sentence.
    private static let clauseEnds = Set(";；؛,，、،".utf16)
    /// What may precede the first marker of a run besides the start of a line.
    private static let runOpeners = Set(":：.!?。！？".utf16).union(bullets.utf16)

    private static let pattern: NSRegularExpression = {
        let b = NSRegularExpression.escapedPattern(for: bullets)
        // 1: bullet; 2: opening bracket; 3: number or letter; 4: closing.
        let marker = "(?<=^|\\s)(?:([\(b)])[\\t \\u00A0]{0,2})?(?:(\\(?)(\\d{1,3}|\\p{L})(\\.\\)|\\)|\\.))?(?=[\\t \\u00A0]+\\S)"
        return try! NSRegularExpression(pattern: marker, options: [])
    }()

    init(_ text: String) {
        guard Self.mayHoldMarkers(Array(text.utf16)) else { return }
        let ns = text as NSString
        var found: [Marker] = []
        for m in Self.pattern.matches(in: text, options: [], range: NSRange(location: 0, length: ns.length)) {
            let bullet = m.range(at: 1).location != NSNotFound
            let hasLabel = m.range(at: 3).location != NSNotFound
            guard bullet || hasLabel, m.range.length > 0 else { continue }
            var value: Int? = nil
            var lettered = false
            var form = bullet ? "•" : ""
            if hasLabel {
                let label = ns.substring(with: m.range(at: 3))
                let close = ns.substring(with: m.range(at: 4))
                let open = m.range(at: 2).length > 0
                if let n = Self.number(label) {
                    value = n
                    form += "9"
                } else if let c = label.first, let i = Self.letterOrder[c] {
                    let upper = c.isUppercase
                    if upper && close == "." && !bullet { continue }   // an initial
                    value = i
                    lettered = true
                    form += upper ? "A" : "a"
                } else {
                    continue
                }
                form += (open ? "(" : "") + close
            }
            var item = m.range.location + m.range.length
            while item < ns.length, Self.isSpace(ns.character(at: item)) { item += 1 }
            guard item < ns.length else { continue }
            let first = ns.substring(with: ns.rangeOfComposedCharacterSequence(at: item))
            if first.first?.isLowercase == true { continue }
            var before = m.range.location
            while before > 0, Self.isSpace(ns.character(at: before - 1)) { before -= 1 }
            let previous = before > 0 ? ns.character(at: before - 1) : nil
            let startsLine = previous == nil || previous == 0x0A || previous == 0x0D
            let startsRun = startsLine || previous.map { Self.runOpeners.contains($0) } == true
            found.append(Marker(start: m.range.location, itemStart: item, form: form, value: value,
                                startsRun: startsRun, startsLine: startsLine, lettered: lettered))
        }
        // A marker opening the text or a line is kept with its item even alone ("• 4. Book").
        markers = found.filter(\.startsLine).map { $0.start...$0.itemStart }
        guard found.count >= 2 else { return }

        // Chain each marker to the next of its form while it continues the sequence, within
        // an item's reach (which also keeps a paragraph of thousands of markers linear).
        var used = Set<Int>()
        for i in found.indices where found[i].opensRun && !used.contains(i) {
            var run = [i]
            var last = found[i]
            for j in (i + 1)..<found.count {
                if found[j].start - last.start > Self.maxItemLength { break }
                guard !used.contains(j), found[j].form == last.form else { continue }
                if let v = last.value, found[j].value != v + 1 { break }
                run.append(j)
                last = found[j]
            }
            guard run.count >= 2 else { continue }
            used.formUnion(run)
            // Items ending with a semicolon or comma are clauses of one sentence.
            let clauses = run.dropFirst().contains { index in
                var p = found[index].start
                while p > 0, Self.isSpace(ns.character(at: p - 1)) { p -= 1 }
                return p > 0 && Self.clauseEnds.contains(ns.character(at: p - 1))
            }
            for (k, index) in run.enumerated() {
                let marker = found[index]
                if k > 0 && !clauses { itemStarts.append(marker.start) }
                if !marker.startsLine { markers.append(marker.start...marker.itemStart) }
            }
        }
        itemStarts.sort()
    }

    /// A quick scan that rules out most paragraphs before the regular expression runs: a
    /// marker is a bullet, or one to three digits or one letter (after whitespace, the start
    /// or "(") followed by "." or ")" and whitespace.
    private static func mayHoldMarkers(_ u: [UInt16]) -> Bool {
        let n = u.count
        guard n > 3 else { return false }
        for i in 0..<n {
            let c = u[i]
            if bulletUnits.contains(c) { return true }
            guard c == 0x2E || c == 0x29, i + 1 < n, isSpace(u[i + 1]) || u[i + 1] == 0x29, i > 0 else { continue }
            var j = i - 1
            while j >= 0, i - j <= 3, isDigit(u[j]) { j -= 1 }
            let digits = i - 1 - j
            if digits == 0, j >= 0, !isSpace(u[j]), u[j] != 0x28, u[j] != 0x0A { j -= 1 }   // one letter
            else if digits == 0 { continue }
            if j < 0 || isSpace(u[j]) || u[j] == 0x28 || u[j] == 0x0A { return true }
        }
        return false
    }

    private static func isDigit(_ c: UInt16) -> Bool { DigitSystem.isDigit(c) }

    private static let bulletUnits = Set(bullets.utf16)

    /// Whether a boundary placed at `offset` (after whitespace) falls inside a marker.
    func splitsMarker(_ offset: Int) -> Bool {
        markers.contains { $0.lowerBound < offset && offset <= $0.upperBound }
    }

    private static func number(_ s: String) -> Int? {
        var n = 0
        for scalar in s.unicodeScalars {
            guard let d = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }

    private static func isSpace(_ c: unichar) -> Bool {
        c == 0x20 || c == 0x09 || c == 0xA0
    }
}
