import Foundation
import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// One query of Benchmarks/tm/queries.py.
struct BenchQuery: Decodable {
    var id: Int
    var lang: String
    var target: String
    var text: String
    var edit: String
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return .nan }
    let rank = max(0, min(s.count - 1, Int((p / 100 * Double(s.count)).rounded(.up)) - 1))
    return s[rank]
}

func summary(_ ms: [Double]) -> [String: Any] {
    ["p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
     "mean": ms.reduce(0, +) / Double(max(1, ms.count)), "max": ms.max() ?? .nan, "count": ms.count]
}

/// Warm lookups through the index (top `limit` at `min` or above), timed per query, and the
/// exhaustive answer (every variant of the query's language scored with the same score) for
/// recall@1 and recall@5.
func memoryBenchmark(_ o: Options) throws {
    let workspace = try Workspace(path: o.string("workspace"))
    let minimum = o.int("min", 70), limit = o.int("limit", 5)
    let queries = try String(contentsOfFile: o.string("queries"), encoding: .utf8)
        .split(separator: "\n").map { try JSONDecoder().decode(BenchQuery.self, from: Data($0.utf8)) }
    func memoryQuery(_ q: BenchQuery) throws -> MemoryQuery {
        MemoryQuery(content: Content(text: q.text), from: try Language(tag: q.lang), to: try Language(tag: q.target),
                    minimum: minimum, limit: limit)
    }
    var out: [String: Any] = ["queries": queries.count, "minimum": minimum, "limit": limit]
    try workspace.readMemory { reader in
        let stats = try reader.statistics()
        out["units"] = stats.units
        out["variants"] = stats.variants
        let lookup = MemoryLookup(reader)
        // Warm-up pass (statements prepared, pages cached), then the timed pass.
        for q in queries { _ = try lookup.matches(try memoryQuery(q)) }
        var ms: [Double] = []
        var perLanguage: [String: [Double]] = [:]
        var indexed: [[Int64]] = []
        var found = 0
        for q in queries {
            let query = try memoryQuery(q)
            let t0 = now()
            let matches = try lookup.matches(query)
            let t = Double(now() - t0) / 1e6
            ms.append(t)
            perLanguage[q.lang, default: []].append(t)
            indexed.append(matches.map(\.unit))
            if !matches.isEmpty { found += 1 }
        }
        out["warm"] = summary(ms)
        out["warmPerLanguage"] = perLanguage.mapValues { summary($0) }
        out["withMatches"] = found
        out["warmMs"] = ms
        guard o.string("exhaustive", "yes") == "yes" else { return }
        // The exhaustive answer, per language, with the same score and ranking.
        var scans: [String: ExhaustiveScan] = [:]
        var loadSeconds: [String: Double] = [:]
        var exhaustiveMs: [Double] = []
        var hits1 = 0, hits5 = 0, relevant5 = 0, judged = 0, emptyAgree = 0
        var misses: [[String: Any]] = []
        for (i, q) in queries.enumerated() {
            if scans[q.lang] == nil {
                let t0 = now()
                scans[q.lang] = try ExhaustiveScan(reader, language: try Language(tag: q.lang))
                loadSeconds[q.lang] = Double(now() - t0) / 1e9
            }
            let t0 = now()
            let truth = try scans[q.lang]!.ranked(try memoryQuery(q), reader: reader).map(\.unit)
            exhaustiveMs.append(Double(now() - t0) / 1e6)
            if truth.isEmpty {
                if indexed[i].isEmpty { emptyAgree += 1 }
                continue
            }
            judged += 1
            if indexed[i].first == truth.first { hits1 += 1 }
            let got = Set(indexed[i])
            let common = truth.filter { got.contains($0) }.count
            hits5 += common
            relevant5 += truth.count
            if common < truth.count || indexed[i].first != truth.first {
                misses.append(["id": q.id, "lang": q.lang, "text": q.text, "indexed": indexed[i].map { Int($0) }, "exhaustive": truth.map { Int($0) }])
            }
        }
        out["recallAt1"] = judged == 0 ? 1.0 : Double(hits1) / Double(judged)
        out["recallAt5"] = relevant5 == 0 ? 1.0 : Double(hits5) / Double(relevant5)
        out["judgedQueries"] = judged
        out["queriesWithoutAnyMatch"] = queries.count - judged
        out["emptyAgree"] = emptyAgree
        out["exhaustive"] = summary(exhaustiveMs)
        out["exhaustiveLoadSeconds"] = loadSeconds
        out["exhaustiveScanned"] = scans.mapValues(\.count)
        out["misses"] = misses
    }
    // The same queries as a server asks them: each in a read transaction of its own on the warm
    // memory's connection, one lookup object kept from one to the next.
    let warm = try WarmMemory(path: o.string("workspace"))
    defer { try? warm.close() }
    var kept: MemoryLookup?
    var perRead: [Double] = []
    for pass in 0..<2 {
        for q in queries {
            let query = try memoryQuery(q)
            let t0 = now()
            _ = try warm.read { reader in
                if kept == nil { kept = MemoryLookup(reader) }
                return try kept!.matches(query)
            }
            if pass == 1 { perRead.append(Double(now() - t0) / 1e6) }
        }
    }
    out["warmPerRead"] = summary(perRead)
    try writeJSON(out, to: o.string("out"))
    log("tm: warm p50 \(String(format: "%.3f", (out["warm"] as! [String: Any])["p50"] as! Double)) ms (a read each: \(String(format: "%.3f", percentile(perRead, 50))) ms), recall@1 \(out["recallAt1"] ?? "-"), recall@5 \(out["recallAt5"] ?? "-")")
}
