import HexaglotCore
import HexaglotText

/// Turns leaf blocks' inline tokens into segments and skeleton, sentence by sentence.
///
/// For each block: a hard line break outside any code pair ends a segment (its markup
/// goes to the skeleton; inside a pair it becomes a line-break placeholder instead), and so
/// does a soft line break that ``LineBreakRule`` picks (letter header and signature lines). Each
/// stretch between hard breaks is projected to plain text (text as is, paired codes as
/// nothing, placeholders as their `equiv` or U+FFFC), split by the ``SentenceSegmenter``,
/// and the break positions mapped back; a break inside a code pair or inside a
/// placeholder's text is skipped. Whitespace and soft line breaks at the edges of each
/// sentence go to the skeleton. A sentence with no non-blank text (only codes) stays in
/// the skeleton. Code ids are renumbered from 1 in each segment.
struct SegmentBuilder {
    private let segmenter: SentenceSegmenter
    /// Whether text runs must be NFC-normalised (the input was not NFC).
    private let normalize: Bool
    private(set) var skeleton = Skeleton()
    private(set) var segments: [Segment] = []
    private var blockCount = 0

    init(language: Language, file: String?, normalize: Bool) throws {
        do {
            segmenter = try SentenceSegmenter(language: language)
        } catch {
            throw FormatError(.segmentation,
                              "cannot set up sentence segmentation for \(language.englishName) (\(file ?? "<input>")): \(error)")
        }
        self.normalize = normalize
    }

    mutating func literal<S: StringProtocol>(_ text: S) {
        skeleton.append(.literal(String(text)))
    }

    /// Adds a leaf block: its first prefix, its segmented content, its last suffix and ending.
    mutating func add(_ leaf: LeafBlock, tokens: [InlineToken]) {
        guard let first = leaf.lines.first, let last = leaf.lines.last else { return }
        literal(first.prefix)
        let before = segments.count
        for chunk in chunks(Self.separatingLines(tokens)) {
            addChunk(chunk, kind: leaf.kind)
        }
        if segments.count > before { blockCount += 1 }
        literal(last.suffix)
        literal(last.ending)
    }

    /// Adds a block given as tokens, for a format without source lines (a Word paragraph):
    /// no prefix or suffix, no soft breaks turned into hard ones.
    mutating func add(tokens: [InlineToken], kind: BlockKind) {
        let before = segments.count
        for chunk in chunks(tokens) { addChunk(chunk, kind: kind) }
        if segments.count > before { blockCount += 1 }
    }

    /// Replaces the skeleton and segments (a format that edits what it built, such as moving
    /// code pairs that wrap a whole segment to the skeleton).
    mutating func replace(skeleton: Skeleton, segments: [Segment]) {
        self.skeleton = skeleton
        self.segments = segments
    }

    // MARK: - Hard breaks

    /// The tokens with the soft line breaks that ``LineBreakRule`` picks (letter header and
    /// signature lines) turned into hard breaks, which end a segment and go to the skeleton.
    static func separatingLines(_ tokens: [InlineToken]) -> [InlineToken] {
        var lines: [String] = [""]
        var softBreaks: [Int?] = []  // for each line boundary: the soft break's token, nil for a hard break
        var depth = 0
        for (k, token) in tokens.enumerated() {
            switch token.piece {
            case .text(let t):
                lines[lines.count - 1] += t
            case .code(let c):
                switch c.kind {
                case .open: depth += 1
                case .close: depth -= 1
                case .placeholder:
                    if c.role == .lineBreak && depth == 0 {
                        softBreaks.append(c.canDelete ? k : nil)
                        lines.append("")
                    } else if c.role != .lineBreak {
                        lines[lines.count - 1] += c.equiv ?? ""
                    }
                }
            case .hardBreak:
                if depth == 0 {
                    softBreaks.append(nil)
                    lines.append("")
                }
            }
        }
        guard softBreaks.contains(where: { $0 != nil }) else { return tokens }
        var result = tokens
        for (separates, k) in zip(LineBreakRule.separations(lines), softBreaks) where separates {
            guard let k, case .code(let c) = tokens[k].piece else { continue }
            result[k] = InlineToken(piece: .hardBreak(c.data), line: tokens[k].line)
        }
        return result
    }

    /// Splits tokens at hard breaks outside code pairs; hard breaks inside pairs become
    /// line-break placeholders. Each hard break's markup is written between chunks.
    private mutating func chunks(_ tokens: [InlineToken]) -> [[InlineToken]] {
        var result: [[InlineToken]] = [[]]
        var separators: [String] = []
        var depth = 0
        for token in tokens {
            switch token.piece {
            case .code(let c):
                if c.kind == .open { depth += 1 }
                if c.kind == .close { depth -= 1 }
                result[result.count - 1].append(token)
            case .hardBreak(let data):
                if depth > 0 {
                    let code = InlineCode(id: 0, kind: .placeholder, role: .lineBreak, data: data, equiv: " ")
                    result[result.count - 1].append(InlineToken(piece: .code(code), line: token.line))
                } else {
                    separators.append(data)
                    result.append([])
                }
            case .text:
                result[result.count - 1].append(token)
            }
        }
        // Interleave: the builder writes a separator after each chunk but the last.
        pendingSeparators = separators
        return result
    }

    private var pendingSeparators: [String] = []

    private mutating func addChunk(_ chunk: [InlineToken], kind: BlockKind) {
        for sentence in split(chunk) { addSentence(sentence, kind: kind) }
        if !pendingSeparators.isEmpty { literal(pendingSeparators.removeFirst()) }
    }

    // MARK: - Sentences

    /// Splits a chunk at the segmenter's sentence breaks, keeping code pairs whole.
    private func split(_ tokens: [InlineToken]) -> [[InlineToken]] {
        var projection = ""
        var starts: [Int] = []  // UTF-16 offset where each token starts in the projection
        var depths: [Int] = []  // open pairs before each token
        var depth = 0
        for token in tokens {
            starts.append(projection.utf16.count)
            depths.append(depth)
            switch token.piece {
            case .text(let t): projection += t
            case .code(let c):
                switch c.kind {
                case .open: depth += 1
                case .close: depth -= 1
                case .placeholder: projection += c.equiv.flatMap { $0.isEmpty ? nil : $0 } ?? "\u{FFFC}"
                }
            case .hardBreak: projection += " "
            }
        }
        let total = projection.utf16.count
        let breaks = segmenter.breaks(in: projection).map { projection.utf16.distance(from: projection.utf16.startIndex, to: $0) }
        guard !breaks.isEmpty else { return [tokens] }
        var pieces: [[InlineToken]] = [[]]
        var b = 0
        for (k, token) in tokens.enumerated() {
            let start = starts[k]
            let end = k + 1 < tokens.count ? starts[k + 1] : total
            // Breaks at the token's start.
            while b < breaks.count, breaks[b] <= start {
                if breaks[b] == start, depths[k] == 0, !pieces[pieces.count - 1].isEmpty { pieces.append([]) }
                b += 1
            }
            if case .text(let t) = token.piece, depths[k] == 0 {
                var rest = Substring(t)
                var restStart = start
                while b < breaks.count, breaks[b] < end {
                    let cut = rest.utf16.index(rest.utf16.startIndex, offsetBy: breaks[b] - restStart)
                    // ICU breaks fall between scalars, never inside a surrogate pair.
                    let cutIndex = cut
                    do {
                        let head = rest[rest.startIndex..<cutIndex]
                        if !head.isEmpty { pieces[pieces.count - 1].append(InlineToken(piece: .text(String(head)), line: token.line)) }
                        pieces.append([])
                        rest = rest[cutIndex...]
                        restStart = breaks[b]
                    }
                    b += 1
                }
                if !rest.isEmpty { pieces[pieces.count - 1].append(InlineToken(piece: .text(String(rest)), line: token.line)) }
            } else {
                while b < breaks.count, breaks[b] < end { b += 1 }  // inside a pair or a placeholder
                pieces[pieces.count - 1].append(token)
            }
        }
        return pieces.filter { !$0.isEmpty }
    }

    private static func isBlank(_ token: InlineToken) -> Bool {
        switch token.piece {
        case .text(let t): return t.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        case .code(let c): return c.role == .lineBreak
        case .hardBreak: return true
        }
    }

    /// Writes one sentence: edge whitespace to the skeleton, the rest as a segment.
    private mutating func addSentence(_ sentence: [InlineToken], kind: BlockKind) {
        var tokens = sentence
        var lead: [InlineToken] = []
        var trail: [InlineToken] = []
        // Leading whitespace.
        while let first = tokens.first {
            if Self.isBlank(first) { lead.append(tokens.removeFirst()); continue }
            if case .text(let t) = first.piece {
                let ws = t.unicodeScalars.prefix(while: { $0.properties.isWhitespace })
                if !ws.isEmpty {
                    lead.append(InlineToken(piece: .text(String(String.UnicodeScalarView(ws))), line: first.line))
                    tokens[0].piece = .text(String(String.UnicodeScalarView(t.unicodeScalars.dropFirst(ws.count))))
                }
            }
            break
        }
        while let last = tokens.last {
            if Self.isBlank(last) { trail.insert(tokens.removeLast(), at: 0); continue }
            if case .text(let t) = last.piece {
                let ws = Array(t.unicodeScalars.reversed().prefix(while: { $0.properties.isWhitespace }).reversed())
                if !ws.isEmpty {
                    trail.insert(InlineToken(piece: .text(String(String.UnicodeScalarView(ws))), line: last.line), at: 0)
                    tokens[tokens.count - 1].piece = .text(String(String.UnicodeScalarView(t.unicodeScalars.dropLast(ws.count))))
                }
            }
            break
        }
        for t in lead { literal(t.markup) }
        let hasText = tokens.contains {
            if case .text(let t) = $0.piece { return !t.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
            return false
        }
        if hasText, let first = tokens.first {
            var content = Content()
            var ids: [Int: Int] = [:]
            var next = 1
            for token in tokens {
                switch token.piece {
                case .text(let t):
                    content.append(.text(normalize ? Normalizer.normalize(t, .nfc) : t))
                case .code(var c):
                    if c.kind == .close, let mapped = ids[c.id] {
                        c.id = mapped
                    } else {
                        if c.kind == .open { ids[c.id] = next }
                        c.id = next
                        next += 1
                    }
                    content.append(.code(c))
                case .hardBreak(let d):
                    content.append(.code(InlineCode(id: next, kind: .placeholder, role: .lineBreak, data: d, equiv: " ")))
                    next += 1
                }
            }
            skeleton.append(.segment(segments.count))
            segments.append(Segment(index: segments.count, content: content, block: blockCount,
                                    blockKind: kind, line: first.line))
        } else {
            for t in tokens { literal(t.markup) }
        }
        for t in trail { literal(t.markup) }
    }
}
