import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotText

/// Times the stages of a memory import on one thread: TMX parsing, then preparing units.
func prepareBenchmark(_ o: Options) throws {
    let reader = try TMXReader(path: o.string("tmx"))
    var units: [TranslationUnit] = []
    var t0 = now()
    _ = try reader.read { units.append($0) }
    let parse = Double(now() - t0) / 1e9
    t0 = now()
    var variants = 0
    for u in units { variants += try PreparedMemoryUnit(u).variantCount }
    let prepare = Double(now() - t0) / 1e9
    t0 = now()
    var keyBytes = 0
    for u in units { for v in u.variants { var t = v.content.plainText; keyBytes += t.withUTF8 { MatchingKey.bytes(utf8: $0).count } } }
    let keys = Double(now() - t0) / 1e9
    log("units \(units.count) variants \(variants): parse \(parse) s, prepare \(prepare) s, keys only \(keys) s")
}

/// Reads a TMX into units and drops them, as `tm import`'s reading thread does before any text
/// work: the loop README.md's callgrind figures for the XML reader count.
func readBenchmark(_ o: Options) throws {
    var units = 0, variants = 0
    let t0 = now()
    _ = try TMXReader(path: o.string("tmx")).read { u in
        units += 1
        variants += u.variants.count
    }
    log("units \(units) variants \(variants): read in \(Double(now() - t0) / 1e9) s")
}
