import HexaglotCore
import HexaglotText

/// Word documents (Office Open XML WordprocessingML, `.docx`), as ITU circular letters are sent.
///
/// **Reading.** The package is read by ``DOCXPackage`` (ZIP, with its limits and refusals).
/// The parts whose text is translated, in this order: the title in the core properties
/// (`docProps/core.xml`, `dc:title`), the headers, the main document (body, tables cell by
/// cell, text boxes), the footnotes, the endnotes and the footers. Each is read through the
/// libxml2 reader (``DOCXXMLTree``) and segmented by ``DOCXPartReader``; see there for runs,
/// inline codes, fields, hidden text. Comments (`word/comments.xml`) are not translated and
/// their anchors in the text are placeholders. A segment's line is its paragraph's number in
/// that order (1-based; the title is paragraph 0 when the document has one).
///
/// Custom document properties (`docProps/custom.xml`, File › Properties › Custom in Word)
/// play the part of Markdown's front matter: `reference`, `kind`, `date`, `language`,
/// `translation-of`, `status`, `translator` are read as the front matter keys of the same names.
///
/// **Tracked changes.** A document with revision marks (`w:ins`, `w:del`, `w:moveFrom`,
/// `w:moveTo`, `w:rPrChange` …) is refused, naming the part and the first mark, unless
/// ``acceptRevisions`` (`import --accept-revisions`): insertions are then kept, deletions and
/// property changes dropped, and the parts holding them are always written from their skeleton.
///
/// **Skeleton.** One skeleton holds every translated part, each after a marker literal
/// `U+0001 path U+0001` (U+0001 cannot occur in XML 1.0, so it never meets a part's text);
/// paragraphs are in a normal form (runs of one format merged, revision ids dropped). The
/// other parts are not in the document: the package's bytes are kept in the workspace.
///
/// **Writing.** A part is written from its skeleton only when its text changed (or revisions
/// were accepted); every other part, translated parts whose text is the source's included,
/// comes from the stored package byte for byte, so exporting the source gives back every part
/// exactly. A translated part is read again by libxml2 (a translation whose codes break the
/// XML is refused, naming the part) and marked with the target language by
/// ``DOCXLanguageMarks`` (`w:lang`; `w:bidi` and `w:rtl` for Arabic), and so are the styles.
/// A translated file's custom properties say `reference`, `translation-of` and `language`
/// (``DOCXCustomProperties``), so that it imports back as a translation.
public struct DOCXFormat: PackageFormat {
    /// Accept tracked changes instead of refusing the document.
    public var acceptRevisions: Bool
    public var limits: DOCXPackage.Limits

    public init(acceptRevisions: Bool = false, limits: DOCXPackage.Limits = DOCXPackage.Limits()) {
        self.acceptRevisions = acceptRevisions
        self.limits = limits
    }

    public var name: String { "docx" }
    public var fileExtensions: [String] { ["docx"] }

    /// One segment's worth of plain text (a translation typed on the command line): no markup.
    public func parse(_ text: String, file: String?, language: Language) throws -> ParsedFile {
        var parsed = try PlainTextFormat().parse(text, file: file, language: language)
        parsed.format = name
        return parsed
    }

    public func parse(package bytes: [UInt8], file: String?, language: Language) throws -> ParsedFile {
        let name = file ?? "<input>"
        let package = try DOCXPackage(bytes: bytes, file: name, limits: limits)
        var builder = try SegmentBuilder(language: language, file: file, normalize: true)
        var paragraphs = 0
        for (path, isCore) in try translatedParts(package, file: name) {
            guard let part = package.bytes(of: path) else {
                throw FormatError(.package, "\(name): the part \(path) is named in the package's relationships but missing from it")
            }
            let tree = try DOCXXMLTree(bytes: part, file: name, part: path)
            var reader = DOCXPartReader(tree: tree, file: name, part: path, acceptRevisions: acceptRevisions,
                                        paragraphNumber: paragraphs)
            var rebuilt = false
            if let revision = reader.firstRevision() {
                guard acceptRevisions else {
                    throw FormatError(.trackedChanges,
                                      "\(name) [\(path)]: the document has tracked changes (\(revision.name) at line \(revision.line), column \(revision.column)); accept or reject them in Word, or import with --accept-revisions to accept them all",
                                      at: nil)
                }
                rebuilt = true
            }
            builder.literal(Self.marker(path, rebuilt: rebuilt))
            if isCore {
                try coreTitle(tree, file: name, into: &builder)
                continue
            }
            try Self.checkPrefix(tree, file: name, part: path)
            for node in tree.nodes { reader.walk(node, into: &builder) }
            paragraphs = reader.paragraphNumber
        }
        let (skeleton, segments) = Self.unwrappingEdgePairs(builder.skeleton, builder.segments)
        return ParsedFile(frontMatter: try customProperties(package, file: name), skeleton: skeleton,
                          segments: segments, format: self.name)
    }

    public func write(_ document: Document, translations: [Int: Content], target: Language?, package: [UInt8]) throws -> [UInt8] {
        let file = document.metadata.reference + ".docx"
        let stored = try DOCXPackage(bytes: package, file: file, limits: limits)
        let source = document.metadata.sourceLanguage.language
        let target = target == source ? nil : target
        let escape: (String) -> String = { text in
            var out = ""
            XMLEscaping.appendText(text, to: &out)
            return out
        }
        let rendered = Self.split(Exporter.render(document, target: target, translations: translations, frontMatter: nil, escape: escape))
        let original = Self.split(Exporter.render(document, target: nil, translations: [:], frontMatter: nil, escape: escape))
        var replaced: [String: [UInt8]] = [:]
        for (k, part) in rendered.enumerated() {
            guard part.rebuilt || k >= original.count || part.xml != original[k].xml else { continue }
            var bytes = Array(part.xml.utf8)
            do {
                _ = try DOCXXMLTree(bytes: bytes, file: file, part: part.path)
            } catch let e as FormatError {
                throw FormatError(.syntax, "\(file) [\(part.path)]: the translated part is not well-formed XML (check the inline codes of its segments: each pair opened and closed in order): \(e.message)")
            }
            if let target, !part.path.hasPrefix("docProps/") {
                bytes = try DOCXLanguageMarks.mark(bytes, language: target, file: file, part: part.path)
            }
            replaced[part.path] = bytes
        }
        if let target, let styles = try stylesPart(stored, file: file), let bytes = stored.bytes(of: styles) {
            replaced[styles] = try DOCXLanguageMarks.mark(bytes, language: target, file: file, part: styles, styles: true)
        }
        if let target {
            let values = [("reference", document.metadata.reference), ("translation-of", document.metadata.sourceLanguage.tag),
                          ("language", target.rawValue)]
            for (path, bytes) in try DOCXCustomProperties.parts(stored, values: values, file: file) { replaced[path] = bytes }
        }
        return try stored.zipped(replacing: replaced)
    }

    // MARK: - Parts

    /// The parts whose text is translated, in reading order; `true` for the core properties.
    func translatedParts(_ package: DOCXPackage, file: String) throws -> [(String, Bool)] {
        var parts: [(String, Bool)] = []
        let rootRels = try DOCXRelationships(bytes: package.bytes(of: "_rels/.rels") ?? [], file: file, part: "_rels/.rels")
        if let core = rootRels.target(ofType: "/core-properties") {
            let path = DOCXRelationships.resolve(core, from: "")
            if package.bytes(of: path) != nil { parts.append((path, true)) }
        }
        var related: [(path: String, type: String)] = []
        let relsPath = DOCXRelationships.path(for: package.mainPart)
        if let rels = package.bytes(of: relsPath) {
            related = try DOCXRelationships(bytes: rels, file: file, part: relsPath)
                .parts(ofTypes: DOCXNames.translatedRelationships, from: package.mainPart)
        }
        for path in related.filter({ $0.type == "header" }).map(\.path) { parts.append((path, false)) }
        parts.append((package.mainPart, false))
        for type in ["footnotes", "endnotes", "footer"] {
            for path in related.filter({ $0.type == type }).map(\.path) { parts.append((path, false)) }
        }
        var seen = Set<String>()
        return parts.filter { seen.insert($0.0).inserted }
    }

    func stylesPart(_ package: DOCXPackage, file: String) throws -> String? {
        let relsPath = DOCXRelationships.path(for: package.mainPart)
        guard let rels = package.bytes(of: relsPath) else { return nil }
        return try DOCXRelationships(bytes: rels, file: file, part: relsPath).parts(ofTypes: ["/styles"], from: package.mainPart).first?.path
    }

    /// The generated markup names WordprocessingML `w:`: a part binding another prefix is refused.
    static func checkPrefix(_ tree: DOCXXMLTree, file: String, part: String) throws {
        guard let root = tree.root, DOCXNames.isW(root.namespace) else { return }
        let bound = root.attributes.first { $0.namespace == XMLReader.xmlnsNamespace && $0.localName == "w" }?.value
        guard let bound, DOCXNames.isW(bound) else {
            throw FormatError(.package, "\(file) [\(part)]: WordprocessingML is not bound to the prefix w: on the root element; Hexaglot reads parts as Word and LibreOffice write them")
        }
    }

    /// The core properties' `dc:title` as a segment; the rest as written.
    func coreTitle(_ tree: DOCXXMLTree, file: String, into builder: inout SegmentBuilder) throws {
        for node in tree.nodes {
            guard node.kind == .element else { builder.literal(tree.string(node.range)); continue }
            builder.literal(tree.string(node.start))
            for child in node.children {
                if child.kind == .element, child.localName == "title", child.namespace == DOCXNames.dc, let end = child.end,
                   child.children.allSatisfy({ $0.kind == .text }) {
                    builder.literal(tree.string(child.start))
                    let text = child.children.map(\.text).joined()
                    builder.add(tokens: [InlineToken(piece: .text(text), line: 0)], kind: .heading)
                    builder.literal(tree.string(end))
                } else {
                    builder.literal(tree.string(child.range))
                }
            }
            if let end = node.end { builder.literal(tree.string(end)) }
        }
    }

    /// The custom document properties, by lower-case name, as text.
    func customProperties(_ package: DOCXPackage, file: String) throws -> [String: String] {
        let rootRels = try DOCXRelationships(bytes: package.bytes(of: "_rels/.rels") ?? [], file: file, part: "_rels/.rels")
        guard let target = rootRels.target(ofType: "/custom-properties") else { return [:] }
        let path = DOCXRelationships.resolve(target, from: "")
        guard let bytes = package.bytes(of: path) else { return [:] }
        let tree = try DOCXXMLTree(bytes: bytes, file: file, part: path)
        var values: [String: String] = [:]
        for property in tree.root?.children ?? [] where property.kind == .element && property.localName == "property" {
            guard let name = property.attribute("name", namespace: "") else { continue }
            let value = property.children.first { $0.kind == .element }?.children.map(\.text).joined() ?? ""
            values[name.lowercased()] = value
        }
        return values
    }

    // MARK: - Markers

    static func marker(_ path: String, rebuilt: Bool) -> String {
        "\u{1}" + path + (rebuilt ? "\u{1}rebuilt" : "") + "\u{1}"
    }

    /// The rendered skeleton cut at the part markers.
    static func split(_ rendered: String) -> [(path: String, rebuilt: Bool, xml: String)] {
        var parts: [(path: String, rebuilt: Bool, xml: String)] = []
        let pieces = rendered.split(separator: "\u{1}", omittingEmptySubsequences: false)
        var k = 1
        while k < pieces.count {
            let path = String(pieces[k])
            var rebuilt = false
            k += 1
            if k < pieces.count, pieces[k] == "rebuilt" { rebuilt = true; k += 1 }
            parts.append((path, rebuilt, k < pieces.count ? String(pieces[k]) : ""))
            k += 1
        }
        return parts
    }

    // MARK: - Edges

    /// Moves a code pair that wraps a whole segment (bold sentence, linked sentence) to the
    /// skeleton around it, and renumbers the segment's other codes from 1.
    static func unwrappingEdgePairs(_ skeleton: Skeleton, _ segments: [Segment]) -> (Skeleton, [Segment]) {
        var segments = segments
        var result = Skeleton()
        for part in skeleton.parts {
            guard case .segment(let i) = part else { result.append(part); continue }
            var runs = segments[i].content.runs
            var before = "", after = ""
            while runs.count > 2, case .code(let open) = runs.first!, open.kind == .open,
                  case .code(let close) = runs.last!, close.kind == .close, close.id == open.id {
                before += open.data
                after = close.data + after
                runs.removeFirst()
                runs.removeLast()
            }
            if !before.isEmpty {
                var ids: [Int: Int] = [:]
                runs = runs.map { run in
                    guard case .code(var c) = run else { return run }
                    if let id = ids[c.id], c.kind == .close { c.id = id } else { let n = ids.count + 1; ids[c.id] = n; c.id = n }
                    return .code(c)
                }
                segments[i].content = Content(runs)
            }
            result.append(.literal(before))
            result.append(.segment(i))
            result.append(.literal(after))
        }
        return (result, segments)
    }
}
