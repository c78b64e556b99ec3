#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HexaglotCore

/// A streaming, non-validating XML 1.0 pull scanner over UTF-8 bytes.
///
/// It reads its source in chunks (1 MiB by default) and keeps only the unread part and the
/// current token in memory, so a file of any size streams through. ``next()`` returns start
/// tags (``name``, ``attributes``), end tags (``name``; an empty-element tag gives both),
/// and text (``text()``; CDATA sections come as text). Comments and processing instructions
/// are skipped; whitespace outside the root element is dropped.
///
/// It refuses what a reader must not guess about, each as one ``FormatError`` with the file,
/// line and column: tags that do not nest or match, unquoted or repeated attributes, a `<`
/// or `&` that starts nothing, text or a second element outside the root, a document that
/// ends inside an element ("the file ends inside <tu> opened at line 12"), invalid UTF-8,
/// characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF), an encoding declaration
/// other than UTF-8, UTF-16 or US-ASCII, and any entity reference other than the five
/// predefined ones and numeric character references.
///
/// Elements may nest 256 deep and a single token (tag, text, comment) may take 256 MiB;
/// beyond that the file is refused rather than exhausting the stack or memory.
///
/// Security: a DOCTYPE with only an external identifier (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`)
/// is accepted and never fetched. An internal subset may hold comments, processing
/// instructions and element or attribute-list declarations (ignored: no attribute defaults
/// are applied); an entity declaration or a parameter-entity reference in it is refused,
/// so nothing is ever expanded ("billion laughs") or fetched (external entities).
///
/// Line ends are normalised as XML requires: CR LF and a lone CR read as LF, and tab, CR and
/// LF in attribute values as spaces. Namespaces are not processed: `xml:lang` is a name.
final class XMLScanner {
    enum Token: Equatable {
        case startTag, endTag, text, endOfDocument
    }

    struct Attribute: Equatable {
        var name: String
        var value: String
    }

    // The scanner is used from one thread and never re-entered: its state opts out of
    // dynamic exclusivity checks, which cost about a tenth of the reading time.

    /// The name of the current start or end tag.
    @exclusivity(unchecked) private(set) var name = ""
    /// The attributes of the current start tag, in document order.
    @exclusivity(unchecked) private(set) var attributes: [Attribute] = []
    /// Line and column of the current start tag's `<`.
    @exclusivity(unchecked) private(set) var line = 1
    @exclusivity(unchecked) private(set) var column = 1
    /// The number of elements open, the current start tag's included.
    var depth: Int { stack.count }

    let file: String?
    private let what: String
    private let source: XMLByteSource
    private let encoding: XMLEncoding
    private let progress: ((Int64, Int64) -> Void)?
    private let chunkSize: Int

    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// Stream offset of `buffer[0]`.
    @exclusivity(unchecked) private var base: Int64 = 0
    /// Next byte to scan.
    @exclusivity(unchecked) private var pos = 0
    /// End of the checked bytes: scanning stops here.
    @exclusivity(unchecked) private var limit = 0
    /// End of the bytes read.
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var atEOF = false
    @exclusivity(unchecked) private var pendingProblem: (offset: Int64, kind: FormatError.Kind, message: String)?
    @exclusivity(unchecked) private var counter = PositionCounter()

    @exclusivity(unchecked) private var tokenStart = 0
    @exclusivity(unchecked) private var textStart = 0
    @exclusivity(unchecked) private var textEnd = 0
    @exclusivity(unchecked) private var textInScratch = false
    @exclusivity(unchecked) private var scratch: [UInt8] = []
    @exclusivity(unchecked) private var selfClosingPending = false

    private struct OpenElement {
        var name: String
        var line: Int
    }
    @exclusivity(unchecked) private var stack: [OpenElement] = []
    @exclusivity(unchecked) private var attributeNames: Set<String> = []
    /// Limits that keep a hostile file from exhausting the stack or memory.
    static let maxDepth = 256
    static let maxToken = 256 << 20
    @exclusivity(unchecked) private var rootSeen = false
    @exclusivity(unchecked) private var doctypeSeen = false

    /// - Parameters:
    ///   - what: the format named in messages ("malformed TMX: …").
    ///   - encoding: the encoding the bytes were found in, checked against the declaration.
    init(source: XMLByteSource, encoding: XMLEncoding, file: String?, what: String,
         chunkSize: Int = 1 << 20, progress: ((Int64, Int64) -> Void)? = nil) {
        self.source = source
        self.encoding = encoding
        self.file = file
        self.what = what
        self.progress = progress
        self.chunkSize = max(16, chunkSize)
        self.capacity = self.chunkSize
        self.buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    // MARK: Reading tokens

    func next() throws -> Token {
        if selfClosingPending {
            selfClosingPending = false
            name = stack.removeLast().name
            return .endTag
        }
        while true {
            if pos >= limit {
                if try refill(keepingFrom: pos) { continue }
                return try endOfDocument()
            }
            let at = pos
            tokenStart = at
            let step = buffer[at] == .lt ? try scanMarkup() : try scanText()
            switch step {
            case .token(let token):
                return token
            case .skip:
                continue
            case .needMore:
                // Text may end at the end of the file (whitespace after the root); markup may not.
                if try refill(keepingFrom: tokenStart) || buffer[tokenStart] != .lt {
                    pos = tokenStart
                    continue
                }
                throw unterminatedMarkup()
            }
        }
    }

    /// The current text token.
    func text() -> String {
        if textInScratch { return String(decoding: scratch, as: UTF8.self) }
        return string(textStart, textEnd)
    }

    /// Whether the current text token is only spaces, tabs and line ends.
    func textIsWhitespace() -> Bool {
        if textInScratch { return scratch.allSatisfy(XMLCharacters.isSpace) }
        for i in textStart..<textEnd where !XMLCharacters.isSpace(buffer[i]) { return false }
        return true
    }

    /// The attribute called `name` of the current start tag.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Skips the rest of the element whose start tag was just read.
    func skipElement() throws {
        let target = depth - 1
        while depth > target {
            if try next() == .endOfDocument { return }
        }
    }

    // MARK: Errors

    /// The place of the current token.
    func location() -> SourceLocation { location(at: tokenStart) }

    /// A syntax error at the current token: "malformed TMX: …".
    func error(_ message: String) -> FormatError {
        FormatError(.syntax, "malformed \(what): \(Quote.clippingLongWords(message, longest: 60))", at: location())
    }

    /// A syntax error at a place recorded earlier.
    func error(_ message: String, line: Int, column: Int?) -> FormatError {
        FormatError(.syntax, "malformed \(what): \(Quote.clippingLongWords(message, longest: 60))", at: SourceLocation(file: file, line: line, column: column))
    }

    private func error(_ message: String, at index: Int) -> FormatError {
        FormatError(.syntax, "malformed \(what): \(Quote.clippingLongWords(message, longest: 60))", at: location(at: index))
    }

    private func location(at index: Int) -> SourceLocation {
        let (line, column) = position(at: index)
        return SourceLocation(file: file, line: line, column: column)
    }

    private func position(at index: Int) -> (Int, Int) {
        let target = base + Int64(index)
        if target > counter.offset {
            let from = Int(counter.offset - base)
            counter.advance(over: buffer + from, count: index - from)
        }
        return (counter.line, counter.column)
    }

    private func endOfDocument() throws -> Token {
        if let open = stack.last {
            throw error("the file ends inside <\(open.name)> opened at line \(open.line): it is truncated, or an end tag is missing", at: end)
        }
        if !rootSeen {
            throw error("the file has no root element: it is empty or not XML", at: end)
        }
        return .endOfDocument
    }

    private func unterminatedMarkup() -> FormatError {
        let what: String
        if matches(.comment, at: tokenStart) == true {
            what = "a comment (<!--) that is never closed"
        } else if matches(.cdata, at: tokenStart) == true {
            what = "a CDATA section that is never closed"
        } else if matches(.doctype, at: tokenStart) == true {
            what = "a DOCTYPE that is never closed"
        } else if tokenStart + 1 < end, buffer[tokenStart + 1] == .question {
            what = "a processing instruction (<?) that is never closed"
        } else {
            what = "a tag that is never closed with '>'"
        }
        var message = "the file ends inside \(what)"
        if let open = stack.last { message += ", inside <\(open.name)> opened at line \(open.line)" }
        return error(message + ": it is truncated", at: tokenStart)
    }

    // MARK: Buffer

    /// Drops the bytes before `keep` and reads more; false at the end of the input.
    private func refill(keepingFrom keep: Int) throws -> Bool {
        if let problem = pendingProblem {
            throw FormatError(problem.kind, problem.message, at: location(at: Int(problem.offset - base)))
        }
        if atEOF { return false }
        if keep > 0 {
            _ = position(at: keep)
            let remaining = end - keep
            if remaining > 0 { memmove(buffer, buffer + keep, remaining) }
            base += Int64(keep)
            pos -= keep
            tokenStart -= keep
            limit -= keep
            end -= keep
        }
        if end > capacity / 2 {
            if end >= Self.maxToken {
                throw error("a single tag, text or comment of more than \(Self.maxToken >> 20) MiB", at: tokenStart)
            }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        let n: Int
        do {
            n = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: min(capacity - end, max(chunkSize, end))))
        } catch let e as XMLTranscodingError {
            throw FormatError(.encoding, "\(e.message) in \(file ?? "the input")", at: location(at: Int(e.offset - base)))
        }
        progress?(source.bytesConsumed, source.totalBytes)
        if n == 0 {
            atEOF = true
            if limit < end {
                throw FormatError(.encoding, "the file ends inside a UTF-8 sequence (it is truncated or not UTF-8)", at: location(at: limit))
            }
            return false
        }
        end += n
        let (checked, problem) = XMLCharacters.check(buffer, from: limit, to: end)
        limit = checked
        if let problem {
            pendingProblem = describe(problem)
        }
        return true
    }

    private func describe(_ problem: XMLCharacters.Problem) -> (Int64, FormatError.Kind, String) {
        let offset = base + Int64(problem.index)
        let name = file ?? "the input"
        let hex = String(problem.value, radix: 16, uppercase: true)
        switch problem.kind {
        case .invalidUTF8:
            let byte = hex.count == 1 ? "0" + hex : hex
            let at = encoding == .utf8 ? " at byte offset \(offset)" : ""
            return (offset, .encoding, "invalid UTF-8 (byte 0x\(byte)\(at)); \(name) may be Latin-1 or Windows-1252: convert it with `iconv -f WINDOWS-1252 -t UTF-8`")
        case .nul:
            return (offset, .encoding, "a NUL byte: \(name) looks like a binary file, or UTF-16 without a byte-order mark")
        case .forbidden:
            let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return (offset, .encoding, "the character U+\(code), which XML 1.0 does not allow in a document")
        }
    }

    // MARK: Scanning

    private enum Step {
        case token(Token)
        case skip
        case needMore
    }

    private func scanText() throws -> Step {
        let p = buffer, limit = self.limit, from = pos
        var i = from
        var special = false
        scan: while i < limit {
            // Eight bytes at a time: is any of them '<', '&' or CR?
            while i + 8 <= limit {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let hits = Self.zeroBytes(w ^ 0x3C3C_3C3C_3C3C_3C3C) | Self.zeroBytes(w ^ 0x2626_2626_2626_2626)
                    | Self.zeroBytes(w ^ 0x0D0D_0D0D_0D0D_0D0D)
                if hits != 0 {
                    i += hits.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            while i < limit {
                let b = p[i]
                if b == .lt { break scan }
                if b == .amp || b == .cr { special = true }
                i += 1
                if i & 7 == 0 { continue scan }
            }
        }
        if i == limit, !atEOF { return .needMore }
        if stack.isEmpty {
            for k in from..<i where !XMLCharacters.isSpace(p[k]) {
                throw error(rootSeen ? "text after the end of the root element" : "text before the root element: this is not an XML file", at: k)
            }
            pos = i
            return .skip
        }
        textStart = from
        textEnd = i
        textInScratch = special
        if special { try decode(from: from, to: i, entities: true) }
        pos = i
        return .token(.text)
    }

    private func scanMarkup() throws -> Step {
        guard pos + 1 < limit else { return .needMore }
        switch buffer[pos + 1] {
        case .slash:
            return try scanEndTag()
        case .question:
            return try scanProcessingInstruction()
        case .bang:
            if let m = matches(.comment, at: pos), m { return try scanComment() }
            if let m = matches(.cdata, at: pos), m { return try scanCDATA() }
            if let m = matches(.doctype, at: pos), m { return try scanDoctype() }
            if matches(.comment, at: pos) == nil || matches(.cdata, at: pos) == nil || matches(.doctype, at: pos) == nil {
                return .needMore
            }
            throw error("'<!' starts neither a comment, a CDATA section nor a DOCTYPE", at: pos)
        default:
            return try scanStartTag()
        }
    }

    private func scanStartTag() throws -> Step {
        let p = buffer, limit = self.limit, tagStart = pos
        let nameStart = tagStart + 1
        guard let nameEnd = Self.nameEnd(p, nameStart, limit) else { return .needMore }
        if nameEnd == nameStart {
            throw error("'<' does not start a tag (write &lt; for a literal '<')", at: tagStart)
        }
        let tagName = string(nameStart, nameEnd)
        attributes.removeAll(keepingCapacity: true)
        var i = nameEnd
        var selfClosing = false
        while true {
            let k = Self.spaceEnd(p, i, limit)
            guard k < limit else { return .needMore }
            let b = p[k]
            if b == .gt {
                i = k + 1
                break
            }
            if b == .slash {
                guard k + 1 < limit else { return .needMore }
                guard p[k + 1] == .gt else { throw error("expected '>' after '/' in <\(tagName)>", at: k) }
                selfClosing = true
                i = k + 2
                break
            }
            if k == i {
                throw error("expected a space, '>' or '/>' in <\(tagName)>, found '\(character(at: k))'", at: k)
            }
            guard let attrEnd = Self.nameEnd(p, k, limit) else { return .needMore }
            if attrEnd == k {
                throw error("unexpected '\(character(at: k))' in <\(tagName)>", at: k)
            }
            var v = Self.spaceEnd(p, attrEnd, limit)
            guard v < limit else { return .needMore }
            guard p[v] == .equals else {
                throw error("attribute \(string(k, attrEnd)) of <\(tagName)> has no value (expected '=')", at: v)
            }
            v = Self.spaceEnd(p, v + 1, limit)
            guard v < limit else { return .needMore }
            let quote = p[v]
            guard quote == .quote || quote == .apostrophe else {
                throw error("the value of attribute \(string(k, attrEnd)) of <\(tagName)> is not in quotes", at: v)
            }
            let valueStart = v + 1
            var j = valueStart
            var special = false
            while j < limit {
                let c = p[j]
                if c == quote { break }
                if c == .lt { throw error("'<' in the value of attribute \(string(k, attrEnd)) (write &lt;)", at: j) }
                if c == .amp || c < 0x20 { special = true }
                j += 1
            }
            guard j < limit else { return .needMore }
            let attrName = string(k, attrEnd)
            if attributes.count < 16 {
                for a in attributes where a.name == attrName {
                    throw error("attribute \(attrName) appears twice in <\(tagName)>", at: k)
                }
            } else {
                if attributes.count == 16 { attributeNames = Set(attributes.map(\.name)) }
                guard attributeNames.insert(attrName).inserted else {
                    throw error("attribute \(attrName) appears twice in <\(tagName)>", at: k)
                }
            }
            let value: String
            if special {
                try decode(from: valueStart, to: j, entities: true, attribute: true)
                value = String(decoding: scratch, as: UTF8.self)
            } else {
                value = string(valueStart, j)
            }
            attributes.append(Attribute(name: attrName, value: value))
            i = j + 1
        }
        if stack.isEmpty {
            if rootSeen { throw error("a second root element <\(tagName)>: an XML file has only one", at: tagStart) }
            rootSeen = true
        } else if stack.count >= Self.maxDepth {
            throw error("elements nested more than \(Self.maxDepth) deep", at: tagStart)
        }
        (line, column) = position(at: tagStart)
        name = tagName
        stack.append(OpenElement(name: tagName, line: line))
        selfClosingPending = selfClosing
        pos = i
        return .token(.startTag)
    }

    private func scanEndTag() throws -> Step {
        let p = buffer, limit = self.limit, tagStart = pos
        let nameStart = tagStart + 2
        guard let nameEnd = Self.nameEnd(p, nameStart, limit) else { return .needMore }
        if nameEnd == nameStart { throw error("'</' is not followed by a name", at: tagStart) }
        let k = Self.spaceEnd(p, nameEnd, limit)
        guard k < limit else { return .needMore }
        guard p[k] == .gt else {
            throw error("expected '>' to end </\(string(nameStart, nameEnd))>", at: k)
        }
        guard let top = stack.last else {
            throw error("</\(string(nameStart, nameEnd))> closes nothing (the root element is closed)", at: tagStart)
        }
        let length = nameEnd - nameStart
        let same = top.name.utf8.count == length
            && top.name.utf8.elementsEqual(UnsafeBufferPointer(start: p + nameStart, count: length))
        guard same else {
            throw error("</\(string(nameStart, nameEnd))> does not close <\(top.name)> opened at line \(top.line)", at: tagStart)
        }
        stack.removeLast()
        name = top.name
        pos = k + 1
        return .token(.endTag)
    }

    private func scanComment() throws -> Step {
        guard let close = find(.hyphen, .hyphen, .gt, from: pos + 4) else { return .needMore }
        pos = close + 3
        return .skip
    }

    private func scanCDATA() throws -> Step {
        guard !stack.isEmpty else { throw error("a CDATA section outside the root element", at: pos) }
        let start = pos + 9
        guard let close = find(.rbracket, .rbracket, .gt, from: start) else { return .needMore }
        textStart = start
        textEnd = close
        textInScratch = memchr(buffer + start, Int32(UInt8.cr), close - start) != nil
        if textInScratch { try decode(from: start, to: close, entities: false) }
        pos = close + 3
        return .token(.text)
    }

    private func scanProcessingInstruction() throws -> Step {
        let targetStart = pos + 2
        guard let targetEnd = scanName(from: targetStart) else { return .needMore }
        guard let close = find(.question, .gt, from: targetEnd) else { return .needMore }
        let target = string(targetStart, targetEnd)
        if target == "xml" {
            guard base + Int64(pos) == 0 else {
                throw error("an XML declaration (<?xml … ?>) that is not at the very start of the file", at: pos)
            }
            try checkDeclaration(from: targetEnd, to: close)
        } else if target.lowercased() == "xml" || targetEnd == targetStart {
            throw error("a malformed processing instruction", at: pos)
        }
        pos = close + 2
        return .skip
    }

    /// Checks `version` and `encoding` in the XML declaration's pseudo-attributes.
    private func checkDeclaration(from: Int, to: Int) throws {
        var i = from
        var values: [String: (String, Int)] = [:]
        while true {
            i = skipSpace(from: i)
            if i >= to { break }
            guard let nameEnd = scanName(from: i), nameEnd > i, nameEnd < to else {
                throw error("a malformed XML declaration", at: i)
            }
            let key = string(i, nameEnd)
            var k = skipSpace(from: nameEnd)
            guard k < to, buffer[k] == .equals else { throw error("a malformed XML declaration", at: i) }
            k = skipSpace(from: k + 1)
            guard k < to, buffer[k] == .quote || buffer[k] == .apostrophe else {
                throw error("a malformed XML declaration", at: i)
            }
            let quote = buffer[k]
            var j = k + 1
            while j < to, buffer[j] != quote { j += 1 }
            guard j < to else { throw error("a malformed XML declaration", at: i) }
            values[key] = (string(k + 1, j), i)
            i = j + 1
        }
        if let version = values["version"], !version.0.hasPrefix("1.") {
            throw error("XML version \(version.0) is not supported (expected 1.0)", at: version.1)
        }
        guard let entry = values["encoding"] else { return }
        let (declared, at) = entry
        switch declared.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii", "iso-646-us":
            return
        case "utf-16", "utf16", "utf-16le", "utf-16be", "ucs-2":
            if encoding == .utf8 {
                throw FormatError(.encoding, "\(file ?? "the input") declares encoding \"\(declared)\" but has no UTF-16 byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark",
                                  at: location(at: at))
            }
        default:
            throw FormatError(.encoding, "\(file ?? "the input") declares encoding \"\(declared)\"; Hexaglot reads \(what) in UTF-8 or UTF-16 only: convert it with `iconv -f \(declared) -t UTF-8` and change the declaration",
                              at: location(at: at))
        }
    }

    private func scanDoctype() throws -> Step {
        if rootSeen { throw error("a DOCTYPE after the root element", at: pos) }
        if doctypeSeen { throw error("a second DOCTYPE", at: pos) }
        var i = pos + 9
        guard i < limit else { return .needMore }
        guard XMLCharacters.isSpace(buffer[i]) else { throw error("a malformed DOCTYPE", at: pos) }
        i = skipSpace(from: i)
        guard let nameEnd = scanName(from: i) else { return .needMore }
        guard nameEnd > i else { throw error("a DOCTYPE without a root element name", at: i) }
        i = skipSpace(from: nameEnd)
        guard i < limit else { return .needMore }
        for keyword in [Literal.system, Literal.public] {
            guard let m = matches(keyword, at: i) else { return .needMore }
            guard m else { continue }
            i += keyword.bytes.count
            for _ in 0..<(keyword == .public ? 2 : 1) {
                let k = skipSpace(from: i)
                guard k < limit else { return .needMore }
                guard k > i, buffer[k] == .quote || buffer[k] == .apostrophe else {
                    throw error("a malformed external identifier in the DOCTYPE", at: k)
                }
                guard let close = memchr(buffer + k + 1, Int32(buffer[k]), limit - k - 1) else { return .needMore }
                i = buffer.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
            }
            i = skipSpace(from: i)
            break
        }
        guard i < limit else { return .needMore }
        if buffer[i] == .lbracket {
            guard let subsetEnd = try scanInternalSubset(from: i + 1) else { return .needMore }
            i = skipSpace(from: subsetEnd + 1)
            guard i < limit else { return .needMore }
        }
        guard buffer[i] == .gt else { throw error("a malformed DOCTYPE (expected '>')", at: i) }
        doctypeSeen = true
        pos = i + 1
        return .skip
    }

    /// The index of the `]` that ends the internal subset starting at `from`, or nil if more
    /// bytes are needed. Entity declarations and parameter-entity references are refused.
    private func scanInternalSubset(from start: Int) throws -> Int? {
        var i = start
        while true {
            i = skipSpace(from: i)
            guard i < limit else { return nil }
            switch buffer[i] {
            case .rbracket:
                return i
            case .percent:
                throw FormatError(.syntax, "a parameter-entity reference in the DOCTYPE is refused: Hexaglot never expands or fetches entities",
                                  at: location(at: i))
            case .lt:
                guard let isEntity = matches(.entity, at: i) else { return nil }
                if isEntity {
                    throw FormatError(.syntax, "entity declarations are refused: Hexaglot never expands or fetches entities (<!ENTITY in the DOCTYPE of \(file ?? "the input"))",
                                      at: location(at: i))
                }
                guard let isComment = matches(.comment, at: i) else { return nil }
                if isComment {
                    guard let close = find(.hyphen, .hyphen, .gt, from: i + 4) else { return nil }
                    i = close + 3
                    continue
                }
                guard i + 1 < limit else { return nil }
                if buffer[i + 1] == .question {
                    guard let close = find(.question, .gt, from: i + 2) else { return nil }
                    i = close + 2
                    continue
                }
                guard buffer[i + 1] == .bang else { throw error("unexpected '<' in the DOCTYPE", at: i) }
                // A markup declaration: up to '>', quoted strings skipped.
                var k = i + 2
                var quote: UInt8 = 0
                while k < limit {
                    let b = buffer[k]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == .quote || b == .apostrophe {
                        quote = b
                    } else if b == .percent {
                        throw FormatError(.syntax, "a parameter-entity reference in the DOCTYPE is refused: Hexaglot never expands or fetches entities",
                                          at: location(at: k))
                    } else if b == .gt {
                        break
                    }
                    k += 1
                }
                guard k < limit else { return nil }
                i = k + 1
            default:
                throw error("unexpected '\(character(at: i))' in the DOCTYPE", at: i)
            }
        }
    }

    // MARK: Helpers

    /// The end of the name starting at `i` (`i` itself if no name starts there), or nil
    /// when the name may go on past the bytes read so far.
    private func scanName(from i: Int) -> Int? { Self.nameEnd(buffer, i, limit) }

    private func skipSpace(from i: Int) -> Int { Self.spaceEnd(buffer, i, limit) }

    /// The high bit of each zero byte of `x` set, every other bit clear.
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
    }

    @inline(__always)
    private static func nameEnd(_ p: UnsafeMutablePointer<UInt8>, _ i: Int, _ limit: Int) -> Int? {
        guard i < limit else { return nil }
        guard XMLCharacters.isNameStart(p[i]) else { return i }
        var k = i + 1
        while k < limit, XMLCharacters.isNameChar(p[k]) { k += 1 }
        return k < limit ? k : nil
    }

    @inline(__always)
    private static func spaceEnd(_ p: UnsafeMutablePointer<UInt8>, _ i: Int, _ limit: Int) -> Int {
        var k = i
        while k < limit, XMLCharacters.isSpace(p[k]) { k += 1 }
        return k
    }

    private func string(_ from: Int, _ to: Int) -> String {
        let p = buffer
        return String(decoding: UnsafeBufferPointer(start: p + from, count: to - from), as: UTF8.self)
    }

    /// The character starting at byte `i`, for messages.
    private func character(at i: Int) -> String {
        var k = i + 1
        while k < limit, buffer[k] & 0xC0 == 0x80 { k += 1 }
        return string(i, k)
    }

    /// Whether `literal` is at `i`; nil when the bytes read so far agree with it but are too few.
    private func matches(_ literal: Literal, at i: Int) -> Bool? {
        let bytes = literal.bytes
        for (k, b) in bytes.enumerated() {
            guard i + k < limit else { return nil }
            if buffer[i + k] != b { return false }
        }
        return true
    }

    /// The index of the first `a b c` (or `a b` when `c` is nil) at or after `from`.
    private func find(_ a: UInt8, _ b: UInt8, _ c: UInt8? = nil, from: Int) -> Int? {
        let last = c ?? b
        let length = c == nil ? 2 : 3
        var i = from + length - 1
        while i < limit {
            guard let hit = memchr(buffer + i, Int32(last), limit - i) else { return nil }
            let k = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if buffer[k - length + 1] == a, c == nil || buffer[k - 1] == b { return k - length + 1 }
            i = k + 1
        }
        return nil
    }

    /// Decodes `buffer[from..<to]` into `scratch`: line ends normalised, entity references
    /// resolved when `entities`, and tab and line ends turned into spaces in attribute values.
    private func decode(from: Int, to: Int, entities: Bool, attribute: Bool = false) throws {
        scratch.removeAll(keepingCapacity: true)
        var i = from
        var run = from
        func flush(_ upTo: Int) {
            if upTo > run { scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + run, count: upTo - run)) }
        }
        while i < to {
            let b = buffer[i]
            if b == .amp, entities {
                flush(i)
                let (scalar, next) = try reference(at: i, to: to)
                UTF8Bytes.append(scalar, to: &scratch)
                i = next
                run = i
            } else if b == .cr {
                flush(i)
                scratch.append(attribute ? .space : .lf)
                i += 1
                if i < to, buffer[i] == .lf { i += 1 }
                run = i
            } else if attribute, b == .lf || b == .tab {
                flush(i)
                scratch.append(.space)
                i += 1
                run = i
            } else {
                i += 1
            }
        }
        flush(to)
    }

    /// The character of the reference starting with `&` at `i`, and the index after its `;`.
    private func reference(at i: Int, to: Int) throws -> (UInt32, Int) {
        var k = i + 1
        if k < to, buffer[k] == .hash {
            k += 1
            var radix: UInt32 = 10
            if k < to, buffer[k] == 0x78 { radix = 16; k += 1 }
            let digitsStart = k
            var value: UInt32 = 0
            while k < to, k - digitsStart < 8 {
                let c = buffer[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66 where radix == 16: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46 where radix == 16: d = UInt32(c - 0x41 + 10)
                default: d = UInt32.max
                }
                if d == UInt32.max { break }
                value = value * radix + d
                k += 1
            }
            guard k > digitsStart, k < to, buffer[k] == .semicolon else {
                throw error("a malformed character reference \(string(i, min(k + 1, to)))", at: i)
            }
            guard XMLCharacters.isAllowed(value) else {
                throw FormatError(.encoding, "the character reference \(string(i, k + 1)) names a character XML 1.0 does not allow", at: location(at: i))
            }
            return (value, k + 1)
        }
        while k < to, k - i <= 32, XMLCharacters.isNameChar(buffer[k]) { k += 1 }
        guard k > i + 1, k < to, buffer[k] == .semicolon else {
            throw error("a bare '&' (write &amp; for a literal '&')", at: i)
        }
        switch string(i + 1, k) {
        case "lt": return (0x3C, k + 1)
        case "gt": return (0x3E, k + 1)
        case "amp": return (0x26, k + 1)
        case "quot": return (0x22, k + 1)
        case "apos": return (0x27, k + 1)
        case let other:
            throw error("undefined entity &\(other);: XML defines only &lt; &gt; &amp; &quot; &apos; (use a numeric reference such as &#160; for other characters)", at: i)
        }
    }
}

/// Byte strings the scanner looks for.
private enum Literal: Equatable {
    case comment, cdata, doctype, entity, system, `public`

    var bytes: [UInt8] {
        switch self {
        case .comment: return Array("<!--".utf8)
        case .cdata: return Array("<![CDATA[".utf8)
        case .doctype: return Array("<!DOCTYPE".utf8)
        case .entity: return Array("<!ENTITY".utf8)
        case .system: return Array("SYSTEM".utf8)
        case .public: return Array("PUBLIC".utf8)
        }
    }
}

extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let amp: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27
    static let hyphen: UInt8 = 0x2D
    static let slash: UInt8 = 0x2F
    static let semicolon: UInt8 = 0x3B
    static let lt: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let gt: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let lbracket: UInt8 = 0x5B
    static let rbracket: UInt8 = 0x5D
}
