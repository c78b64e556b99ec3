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
/// sentence go to the skeleton. A sentence with no non-blank text of its own (only codes)
/// joins its neighbour, but codes after a block's last sentence (a closing HTML comment) stay
/// in the skeleton, as does a stretch with no such text at all. Code ids
/// are renumbered from 1 in each segment. Work and memory are linear in the block.
struct SegmentBuilder {
    private let segmenter: SentenceSegmenter
    /// Whether text runs must be NFC-normalised (the input was not NFC).
    private let normalize: Bool
    private var skeletonParts = Skeleton()
    /// Literal bytes not yet in `skeletonParts`: consecutive literals are joined here, in
    /// place, rather than by the skeleton (which would copy its last literal each time).
    private var pendingLiteral = ""
    /// The skeleton so far.
    var skeleton: Skeleton {
        var result = skeletonParts
        result.append(.literal(pendingLiteral))
        return result
    }
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
        pendingLiteral += text
    }

    /// Adds a leaf block: its first prefix, its segmented content, its last suffix and ending.
    mutating func add(_ leaf: LeafBlock, tokens: [InlineToken]) {
        guard let first = leaf.lines.first, let last = leaf.lines.last else { return }
        literal(first.prefix)
        add(kind: leaf.kind, tokens: tokens, separatingLines: true)
        literal(last.suffix)
        literal(last.ending)
    }

    /// Adds a block given as tokens whose markup is the block's bytes (an HTML element's
    /// content). With `separatingLines`, the soft line breaks ``LineBreakRule`` picks end
    /// segments (see ``separatingLines(_:)``).
    mutating func add(kind: BlockKind, tokens: [InlineToken], separatingLines: Bool) {
        let before = segments.count
        let (chunks, separators) = Self.chunks(separatingLines ? Self.separatingLines(tokens) : tokens)
        for (k, chunk) in chunks.enumerated() {
            for sentence in split(chunk) { addSentence(sentence, kind: kind) }
            if k < separators.count { literal(separators[k]) }
        }
        if segments.count > before { blockCount += 1 }
    }

    /// Adds a block given as tokens, for a format without source lines (a Word paragraph):
    /// no prefix or suffix, no soft breaks turned into hard ones.
    mutating func add(tokens: [InlineToken], kind: BlockKind) {
        add(kind: kind, tokens: tokens, separatingLines: false)
    }

    /// Replaces the skeleton and segments (a format that edits what it built, such as moving
    /// code pairs that wrap a whole segment to the skeleton).
    mutating func replace(skeleton: Skeleton, segments: [Segment]) {
        skeletonParts = skeleton
        pendingLiteral = ""
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
    /// line-break placeholders. Returns the chunks and the hard breaks' markup between them.
    private static func chunks(_ tokens: [InlineToken]) -> (chunks: [[InlineToken]], separators: [String]) {
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
        return (result, separators)
    }

    // MARK: - Sentences

    /// Splits a chunk at the segmenter's sentence breaks, keeping code pairs whole. A
    /// sentence with no text of its own (only codes: `\\!` before a link) joins the one
    /// before it, or the one after it if it comes first.
    private func split(_ tokens: [InlineToken]) -> [[InlineToken]] {
        var projection = ""
        var starts: [Int] = []  // UTF-16 offset where each token starts in the projection
        var depths: [Int] = []  // open pairs before each token
        var depth = 0
        var total = 0
        for token in tokens {
            starts.append(total)
            depths.append(depth)
            var piece = ""
            switch token.piece {
            case .text(let t): piece = t
            case .code(let c):
                switch c.kind {
                case .open: depth += 1
                case .close: depth -= 1
                case .placeholder: piece = c.equiv.flatMap { $0.isEmpty ? nil : $0 } ?? "\u{FFFC}"
                }
            case .hardBreak: piece = " "
            }
            projection += piece
            total += piece.utf16.count
        }
        // Break offsets in UTF-16 units, measured from one break to the next.
        var breaks: [Int] = []
        var previous = (index: projection.startIndex, offset: 0)
        for b in segmenter.breaks(in: projection) {
            previous = (b, previous.offset + projection.utf16.distance(from: previous.index, to: b))
            breaks.append(previous.offset)
        }
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
                    // ICU breaks fall between scalars, never inside a surrogate pair.
                    let cut = rest.utf16.index(rest.utf16.startIndex, offsetBy: breaks[b] - restStart)
                    let head = rest[rest.startIndex..<cut]
                    if !head.isEmpty { pieces[pieces.count - 1].append(InlineToken(piece: .text(String(head)), line: token.line)) }
                    pieces.append([])
                    rest = rest[cut...]
                    restStart = breaks[b]
                    b += 1
                }
                if !rest.isEmpty { pieces[pieces.count - 1].append(InlineToken(piece: .text(String(rest)), line: token.line)) }
            } else {
                while b < breaks.count, breaks[b] < end { b += 1 }  // inside a pair or a placeholder
                pieces[pieces.count - 1].append(token)
            }
        }
        var sentences: [[InlineToken]] = []
        var leading: [InlineToken] = []
        let filled = pieces.filter { !$0.isEmpty }
        // Codes after the last sentence (an HTML comment closing a paragraph) stay out of it:
        // nothing follows for them to belong to, and addSentence leaves a text-less piece to the skeleton.
        let lastText = filled.lastIndex { Self.hasText($0) } ?? filled.count
        for (k, piece) in filled.enumerated() {
            if k > lastText {
                sentences.append(piece)
            } else if Self.hasText(piece) {
                sentences.append(leading + piece)
                leading = []
            } else if sentences.isEmpty {
                leading += piece
            } else {
                sentences[sentences.count - 1] += piece
            }
        }
        if !leading.isEmpty { sentences.append(leading) }
        return sentences
    }

    /// Whether some text token has a character other than white space.
    private static func hasText(_ tokens: some Collection<InlineToken>) -> Bool {
        tokens.contains {
            if case .text(let t) = $0.piece { return !t.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
            return false
        }
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
        var lead: [InlineToken] = []
        var trail: [InlineToken] = []
        var lo = 0, hi = sentence.count
        while lo < hi, Self.isBlank(sentence[lo]) { lo += 1 }
        while hi > lo, Self.isBlank(sentence[hi - 1]) { hi -= 1 }
        lead += sentence[..<lo]
        var tokens = Array(sentence[lo..<hi])
        // Whitespace at the edges of the first and last text tokens.
        if let first = tokens.first, case .text(let t) = first.piece {
            let ws = t.unicodeScalars.prefix(while: { $0.properties.isWhitespace })
            if !ws.isEmpty {
                lead.append(InlineToken(piece: .text(String(String.UnicodeScalarView(ws))), line: first.line))
                tokens[0].piece = .text(String(String.UnicodeScalarView(t.unicodeScalars.dropFirst(ws.count))))
            }
        }
        if let last = tokens.last, case .text(let t) = last.piece {
            let ws = Array(t.unicodeScalars.reversed().prefix(while: { $0.properties.isWhitespace }).reversed())
            if !ws.isEmpty {
                trail.append(InlineToken(piece: .text(String(String.UnicodeScalarView(ws))), line: last.line))
                tokens[tokens.count - 1].piece = .text(String(String.UnicodeScalarView(t.unicodeScalars.dropLast(ws.count))))
            }
        }
        trail += sentence[hi...]
        for t in lead { literal(t.markup) }
        let hasText = Self.hasText(tokens)
        if hasText, let first = tokens.first {
            var content = Content()
            var ids: [Int: Int] = [:]
            var next = 1
            // Adjacent text tokens are joined before they go in (Content would copy its last run each time).
            var text = ""
            func flush() {
                if !text.isEmpty { content.append(.text(normalize ? Normalizer.normalize(text, .nfc) : text)) }
                text = ""
            }
            for token in tokens {
                if case .text(let t) = token.piece {
                    text += t
                    continue
                }
                flush()
                switch token.piece {
                case .text:
                    break
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
            flush()
            skeletonParts.append(.literal(pendingLiteral))
            pendingLiteral = ""
            skeletonParts.append(.segment(segments.count))
            segments.append(Segment(index: segments.count, content: content, block: blockCount,
                                    blockKind: kind, line: first.line))
        } else {
            for t in tokens { literal(t.markup) }
        }
        for t in trail { literal(t.markup) }
    }
}
