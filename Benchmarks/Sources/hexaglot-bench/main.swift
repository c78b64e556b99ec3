import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotText

// hexaglot-bench prepare --tmx FILE --data DIR [--max-bytes N] [--docs N] [--paragraphs N]
// hexaglot-bench run --data DIR --gold DIR [--runs N] [--import-runs N]
// hexaglot-bench tm --workspace FILE --queries FILE.jsonl --out FILE.json [--min 70] [--limit 5] [--exhaustive yes|no]
// hexaglot-bench tm-backends --tmx FILE --sqlite FILE --postgres URL --queries FILE.jsonl --out FILE.json [--min 70] [--limit 5]
//   (the memory imported into SQLite and PostgreSQL and looked up warm on both: Benchmarks/run-tm-postgres.sh)
// hexaglot-bench tm-prepare --tmx FILE   (one thread: how long parsing and preparing units take, for profiling)
// hexaglot-bench tm-read --tmx FILE      (reads a TMX into units, stores nothing: the reading side of tm import, for callgrind)
//
// `prepare` writes DIR/texts/<lang>.txt (paragraphs joined by a blank line) and
// DIR/docs/*.md; `run` measures Hexaglot and ICU on them and on the gold set, writing
// DIR/out/swift.json (timings) and DIR/out/gold-swift.json (sentences for the gold set).

struct Options {
    var values: [String: String] = [:]
    init(_ args: ArraySlice<String>) {
        var it = args.makeIterator()
        while let a = it.next() {
            guard a.hasPrefix("--") else { fail("unexpected argument \(a)") }
            guard let v = it.next() else { fail("\(a) needs a value") }
            values[String(a.dropFirst(2))] = v
        }
    }
    func string(_ k: String, _ d: String? = nil) -> String {
        guard let v = values[k] ?? d else { fail("--\(k) is required") }
        return v
    }
    func int(_ k: String, _ d: Int) -> Int { values[k].flatMap(Int.init) ?? d }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(("hexaglot-bench: " + message + "\n").data(using: .utf8)!)
    exit(1)
}

func log(_ message: String) {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Runs `body` once to warm up, then `runs` times; returns the seconds of each timed run.
func measure<T>(runs: Int, _ body: () throws -> T) rethrows -> (seconds: [Double], result: T) {
    var result = try body()
    var seconds: [Double] = []
    for _ in 0..<runs {
        let t0 = now()
        result = try body()
        seconds.append(Double(now() - t0) / 1e9)
    }
    return (seconds, result)
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func writeJSON(_ object: Any, to path: String) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: path))
}

let benchLanguages: [Language] = [.en, .fr, .es, .ru, .ar, .zh]
let docLanguages: [Language] = [.en, .fr, .es, .ru, .zh]

func textPath(_ data: String, _ l: Language) -> String { "\(data)/texts/\(l.rawValue).txt" }

// MARK: prepare

func prepare(_ o: Options) throws {
    let tmx = o.string("tmx"), data = o.string("data")
    let maxBytes = o.int("max-bytes", 262_144)
    let docCount = o.int("docs", 200), perDoc = o.int("paragraphs", 50)
    let units = try Corpus.read(tmx)
    log("read \(units.count) TMX units from \(tmx)")
    let fm = FileManager.default
    try? fm.removeItem(atPath: "\(data)/texts")
    try? fm.removeItem(atPath: "\(data)/docs")
    try fm.createDirectory(atPath: "\(data)/texts", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: "\(data)/docs", withIntermediateDirectories: true)
    var info: [String: Any] = ["units": units.count, "maxBytes": maxBytes]
    var all: [Language: [String]] = [:]
    for (code, language) in Corpus.languages {
        let paragraphs = Corpus.paragraphs(units, tmx: code)
        all[language] = paragraphs
        let used = Corpus.prefix(paragraphs, maxBytes: maxBytes)
        let text = used.joined(separator: "\n\n")
        try text.write(toFile: textPath(data, language), atomically: true, encoding: .utf8)
        info[language.rawValue] = ["source": units.contains(where: { $0.isHelp && $0.variants[code] != nil }) ? "help" : "ui",
                                   "available": paragraphs.count, "paragraphs": used.count, "bytes": text.utf8.count]
    }
    // Documents: document i is in docLanguages[i % 5] and holds that language's help
    // paragraphs [k*perDoc, (k+1)*perDoc) with k = i / 5: a heading, then paragraphs.
    var docBytes = 0
    for i in 0..<docCount {
        let language = docLanguages[i % docLanguages.count]
        let k = i / docLanguages.count
        let paragraphs = all[language]!
        guard (k + 1) * perDoc <= paragraphs.count else { fail("not enough \(language) paragraphs for \(docCount) documents") }
        let chunk = paragraphs[(k * perDoc)..<((k + 1) * perDoc)]
        var md = "---\nreference: BENCH-\(String(format: "%04d", i + 1))\nkind: other\n"
        md += "title: \"Benchmark document \(i + 1)\"\nlanguage: \(language.rawValue)\n---\n"
        md += "# " + chunk.first! + "\n\n" + chunk.dropFirst().joined(separator: "\n\n") + "\n"
        docBytes += md.utf8.count
        try md.write(toFile: "\(data)/docs/BENCH-\(String(format: "%04d", i + 1)).\(language.rawValue).md",
                     atomically: true, encoding: .utf8)
    }
    info["docs"] = ["count": docCount, "paragraphsPerDocument": perDoc, "bytes": docBytes]
    try writeJSON(info, to: "\(data)/corpus-info.json")
    log("wrote \(data)/texts and \(docCount) documents in \(data)/docs")
}

// MARK: gold set

/// Paragraphs of a gold file: blocks separated by blank lines, one sentence per line.
func readGold(_ path: String) throws -> [[String]] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var paragraphs: [[String]] = []
    var current: [String] = []
    for line in text.components(separatedBy: "\n") {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.isEmpty {
            if !current.isEmpty { paragraphs.append(current); current = [] }
        } else {
            current.append(t)
        }
    }
    if !current.isEmpty { paragraphs.append(current) }
    return paragraphs
}

/// A gold paragraph's text: its sentences joined by a space (by nothing in Chinese).
func goldText(_ sentences: [String], _ l: Language) -> String {
    sentences.joined(separator: l == .zh ? "" : " ")
}

// MARK: run

func run(_ o: Options) throws {
    let data = o.string("data"), goldDir = o.string("gold")
    let runs = o.int("runs", 5), importRuns = o.int("import-runs", 3)
    let icuRules = try SegmentationRules(cascade: true, languageRules: [], languageMaps: [])
    var out: [String: Any] = ["runs": runs, "importRuns": importRuns]

    // a. Segmentation speed, and c. words and matching keys, over the same texts.
    var speed: [String: Any] = [:]
    var words: [String: Any] = [:]
    for l in benchLanguages {
        let text = try String(contentsOfFile: textPath(data, l), encoding: .utf8)
        let bytes = text.utf8.count
        var perSystem: [String: Any] = [:]
        for (name, segmenter) in [("hexaglot", try SentenceSegmenter(language: l)),
                                  ("icu", try SentenceSegmenter(language: l, rules: icuRules))] {
            let m = measure(runs: runs) { segmenter.sentences(in: text).count }
            perSystem[name] = ["seconds": m.seconds, "median": median(m.seconds), "sentences": m.result, "bytes": bytes]
            log(String(format: "speed %@ %-9@ %6d sentences  %.3f s", l.rawValue, name, m.result, median(m.seconds)))
        }
        speed[l.rawValue] = perSystem

        let paragraphs = text.components(separatedBy: "\n\n")
        let wc = measure(runs: runs) { paragraphs.reduce(0) { $0 + WordCounter.count($1, language: l) } }
        let mk = measure(runs: runs) { paragraphs.reduce(0) { $0 + MatchingKey.make($1).utf8.count } }
        let ws = paragraphs.reduce(0) { $0 + $1.split(whereSeparator: { $0.isWhitespace }).count }
        words[l.rawValue] = ["paragraphs": paragraphs.count, "bytes": bytes,
                             "words": wc.result, "wordSeconds": wc.seconds, "wordMedian": median(wc.seconds),
                             "keys": paragraphs.count, "keySeconds": mk.seconds, "keyMedian": median(mk.seconds),
                             "whitespaceTokens": ws]
        log(String(format: "words %@ %d words %.3f s, %d keys %.3f s", l.rawValue, wc.result, median(wc.seconds),
                   paragraphs.count, median(mk.seconds)))
    }
    out["speed"] = speed
    out["words"] = words

    // Where the segmentation time goes: the built-in rules split into their exceptions
    // (break="no") and their break rules (break="yes"), each run alone over the same texts.
    func subset(_ keep: (SegmentationRules.Rule) -> Bool) throws -> SegmentationRules {
        let b = SegmentationRules.builtIn
        return try SegmentationRules(cascade: b.cascade,
                                     languageRules: b.languageRules.map { .init(name: $0.name, rules: $0.rules.filter(keep)) },
                                     languageMaps: b.languageMaps)
    }
    let exceptionsOnly = try subset { !$0.isBreak }, breaksOnly = try subset { $0.isBreak }
    let costRuns = max(1, min(runs, 3))
    var cost: [String: Any] = [:]
    for l in benchLanguages {
        let text = try String(contentsOfFile: textPath(data, l), encoding: .utf8)
        var row: [String: Any] = ["rules": SegmentationRules.builtIn.rules(forLanguageCode: l.rawValue).count,
                                  "breakRules": breaksOnly.rules(forLanguageCode: l.rawValue).count]
        for (name, rules) in [("exceptionsOnly", exceptionsOnly), ("breaksOnly", breaksOnly)] {
            let segmenter = try SentenceSegmenter(language: l, rules: rules)
            let m = measure(runs: costRuns) { segmenter.breaks(in: text).count }
            row[name] = median(m.seconds)
        }
        cost[l.rawValue] = row
        log("rule cost \(l.rawValue): \(row)")
    }
    out["ruleCost"] = cost
    out["ruleCostRuns"] = costRuns

    // b. Segmentation of the gold paragraphs (scored by report.py, with the peers').
    var gold: [String: Any] = [:]
    for (name, rules) in [("hexaglot", SegmentationRules.builtIn), ("icu", icuRules)] {
        var perLanguage: [String: Any] = [:]
        for l in benchLanguages {
            let path = "\(goldDir)/\(l.rawValue).txt"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let segmenter = try SentenceSegmenter(language: l, rules: rules)
            perLanguage[l.rawValue] = try readGold(path).map { p in
                segmenter.sentences(in: goldText(p, l)).map(String.init)
            }
        }
        gold[name] = perLanguage
    }
    try writeJSON(gold, to: "\(data)/out/gold-swift.json")

    // d. Import: parse (Markdown) + segment + store every document into a fresh workspace.
    let docDir = "\(data)/docs"
    let names = try FileManager.default.contentsOfDirectory(atPath: docDir).filter { $0.hasSuffix(".md") }.sorted()
    let docs: [(name: String, text: String, language: Language)] = try names.map { name in
        let code = (name as NSString).deletingPathExtension.components(separatedBy: ".").last!
        return (name, try String(contentsOfFile: "\(docDir)/\(name)", encoding: .utf8), Language(rawValue: code)!)
    }
    let docBytes = docs.reduce(0) { $0 + $1.text.utf8.count }
    let format = MarkdownFormat()
    // Parse only (segmentation included), for the share of the pipeline that is not storage.
    let parseOnly = try measure(runs: importRuns) {
        try docs.reduce(0) { $0 + (try format.parse($1.text, file: $1.name, language: $1.language)).segments.count }
    }
    var importSeconds: [Double] = []
    var segments = 0
    var workspaceBytes = 0
    for r in 0..<(importRuns + 1) {   // the first run warms up and is not counted
        let dir = "\(data)/import-run"
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = "\(dir)/\(Workspace.fileName)"
        var seconds = 0.0
        do {
            let workspace = try Workspace(path: path, create: true)
            segments = 0
            let t0 = now()
            for d in docs {
                let parsed = try format.parse(d.text, file: d.name, language: d.language)
                let f = parsed.frontMatter
                let metadata = DocumentMetadata(reference: f["reference"]!, kind: .other, title: f["title"] ?? d.name,
                                                date: nil, sourceLanguage: LanguageTag(d.language))
                try workspace.importDocument(parsed.document(metadata: metadata), sourceText: d.text, path: d.name)
                segments += parsed.segments.count
            }
            seconds = Double(now() - t0) / 1e9
        }
        // The workspace is closed here; its size is the database plus any WAL left.
        workspaceBytes = ["", "-wal", "-shm"].reduce(0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0
            return total + size
        }
        if r > 0 { importSeconds.append(seconds) }
        log(String(format: "import run %d: %d docs, %d segments, %.3f s, workspace %d bytes", r, docs.count, segments, seconds, workspaceBytes))
    }
    try? FileManager.default.removeItem(atPath: "\(data)/import-run")
    out["import"] = ["documents": docs.count, "bytes": docBytes, "segments": segments,
                     "seconds": importSeconds, "median": median(importSeconds),
                     "parseSeconds": parseOnly.seconds, "parseMedian": median(parseOnly.seconds),
                     "workspaceBytes": workspaceBytes]
    try writeJSON(out, to: "\(data)/out/swift.json")
}

let args = CommandLine.arguments
guard args.count >= 2 else { fail("usage: hexaglot-bench prepare|run --option value …") }
do {
    switch args[1] {
    case "prepare": try prepare(Options(args.dropFirst(2)))
    case "run": try run(Options(args.dropFirst(2)))
    case "tm": try memoryBenchmark(Options(args.dropFirst(2)))
    case "tm-backends": try backendBenchmark(Options(args.dropFirst(2)))
    case "tm-prepare": try prepareBenchmark(Options(args.dropFirst(2)))
    case "tm-read": try readBenchmark(Options(args.dropFirst(2)))
    default: fail("unknown command \(args[1])")
    }
} catch {
    fail("\(error)")
}
