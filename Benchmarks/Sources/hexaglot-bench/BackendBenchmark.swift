import Foundation
import HexaglotCore
import HexaglotMemory
import HexaglotStore
import HexaglotWorkflow

/// The memory on both backends in one run: the same TMX imported into a new SQLite workspace and
/// into a new PostgreSQL one (as `tm import` does it: reader thread, one transaction; on
/// PostgreSQL through COPY), then the same queries looked up warm on each (one read transaction
/// per query, as `hexaglot serve`'s ``WarmMemory`` runs them), with each query's top units, which
/// `tm/pg_trgm.py` compares with a `pg_trgm` similarity search over the same units.
///
///     hexaglot-bench tm-backends --tmx FILE --sqlite FILE --postgres URL --queries FILE.jsonl --out FILE.json
func backendBenchmark(_ o: Options) throws {
    let tmx = o.string("tmx")
    let minimum = o.int("min", 70), limit = o.int("limit", 5)
    let queries = try String(contentsOfFile: o.string("queries"), encoding: .utf8)
        .split(separator: "\n").map { try JSONDecoder().decode(BenchQuery.self, from: Data($0.utf8)) }
    var out: [String: Any] = ["queries": queries.count, "minimum": minimum, "limit": limit, "tmx": tmx]
    var tops: [String: [[Int64]]] = [:]
    for (name, path) in [("sqlite", o.string("sqlite")), ("postgres", o.string("postgres"))] {
        var result: [String: Any] = [:]
        do {
            let workspace = try Workspace(path: path, create: true)
            let t0 = now()
            let reports = try TMXImport(files: [tmx], skipEmpty: true).run(into: workspace)
            let seconds = Double(now() - t0) / 1e9
            try workspace.close()
            let units = reports.reduce(0) { $0 + $1.units }
            result["import"] = ["units": units, "seconds": seconds, "unitsPerSecond": Double(units) / seconds]
            log("\(name): imported \(units) units in \(String(format: "%.1f", seconds)) s (\(Int(Double(units) / seconds)) units/s)")
        }
        let warm = try WarmMemory(path: path)
        defer { try? warm.close() }
        let lookup = { (q: BenchQuery) throws -> [MemoryMatch] in
            let query = MemoryQuery(content: Content(text: q.text), from: try Language(tag: q.lang), to: try Language(tag: q.target),
                                    minimum: minimum, limit: limit)
            return try warm.read { try MemoryLookup($0).matches(query) }
        }
        for q in queries { _ = try lookup(q) }  // warm-up: caches filled, plans made
        var ms: [Double] = []
        var top: [[Int64]] = []
        for q in queries {
            let t0 = now()
            let matches = try lookup(q)
            ms.append(Double(now() - t0) / 1e6)
            top.append(matches.map(\.unit))
        }
        result["warm"] = summary(ms)
        result["units"] = try warm.read { try $0.unitCount() }
        log("\(name): warm suggestion p50 \(String(format: "%.2f", percentile(ms, 50))) ms, p99 \(String(format: "%.2f", percentile(ms, 99))) ms")
        tops[name] = top
        out[name] = result
    }
    // Both backends stored the same units under the same ids: their answers must be the same.
    let same = zip(tops["sqlite"]!, tops["postgres"]!).filter { $0 == $1 }.count
    out["sameAnswers"] = same
    out["top"] = queries.indices.map { i in
        ["id": queries[i].id, "lang": queries[i].lang, "target": queries[i].target, "text": queries[i].text,
         "units": tops["postgres"]![i].map { Int($0) }] as [String: Any]
    }
    try writeJSON(out, to: o.string("out"))
    log("same answers on both backends: \(same) of \(queries.count)")
}
