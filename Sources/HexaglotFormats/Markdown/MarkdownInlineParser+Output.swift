import HexaglotCore

extension MarkdownInlineParser {
    /// The node list as tokens, HTML tags paired where they nest.
    func tokens() -> [InlineToken] {
        var result: [InlineToken] = []
        var tags: [HTMLSyntax.Tag?] = []
        guard !nodes.isEmpty else { return [] }
        var k = 0
        while k >= 0 {
            let node = nodes[k]
            var piece = node.piece
            if node.runCount >= 0 {
                piece = .text(String(repeating: String(s[node.offset]), count: node.runCount))
            }
            if case .text(let t) = piece, t.isEmpty {
                k = node.next
                continue
            }
            result.append(InlineToken(piece: piece, line: text.line(at: node.offset)))
            tags.append(htmlTags[k])
            k = node.next
        }
        Self.pairHTML(&result, tags: tags)
        return result
    }

    /// Pairs HTML open and close tags by name (a close tag with the nearest open tag of its
    /// name), keeping only pairs that nest properly with every other pair; other tags stay
    /// placeholders. Where pairs cross, the first crossing found in text order is undone:
    /// an HTML close tag whose open tag is not innermost loses its pair; a Markdown close
    /// code with HTML open tags inside it makes them lose theirs. One pass, with a stack.
    static func pairHTML(_ tokens: inout [InlineToken], tags: [HTMLSyntax.Tag?]) {
        var openByName: [String: [Int]] = [:]
        var partner: [Int: Int] = [:]
        for (i, tag) in tags.enumerated() {
            switch tag {
            case .open(let name, let selfClosing)? where !selfClosing:
                openByName[name, default: []].append(i)
            case .close(let name)?:
                if let o = openByName[name]?.popLast() {
                    partner[o] = i
                    partner[i] = o
                }
            default:
                break
            }
        }
        guard !partner.isEmpty else { return }
        var dropped = Set<Int>()
        var stack: [(index: Int, html: Bool)] = []
        func popDropped() { while let top = stack.last, dropped.contains(top.index) { stack.removeLast() } }
        for i in tokens.indices {
            if let p = partner[i] {
                if p > i {
                    stack.append((i, true))
                } else if !dropped.contains(p) {
                    popDropped()
                    if stack.last?.index == p {
                        stack.removeLast()
                    } else {
                        dropped.insert(p)
                        dropped.insert(i)
                    }
                }
                continue
            }
            guard case .code(let c) = tokens[i].piece else { continue }
            if c.kind == .open { stack.append((i, false)) }
            if c.kind == .close {
                popDropped()
                while let top = stack.last, top.html {
                    dropped.insert(top.index)
                    if let close = partner[top.index] { dropped.insert(close) }
                    stack.removeLast()
                    popDropped()
                }
                if !stack.isEmpty { stack.removeLast() }
            }
        }
        for (o, c) in partner where o < c && !dropped.contains(o) {
            guard case .code(var open) = tokens[o].piece, case .code(var close) = tokens[c].piece else { continue }
            open.kind = .open
            close.kind = .close
            close.id = open.id
            tokens[o].piece = .code(open)
            tokens[c].piece = .code(close)
        }
    }
}
