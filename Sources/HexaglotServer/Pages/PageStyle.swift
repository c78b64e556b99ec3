import HexaglotCore
import HexaglotStore

/// The pages' stylesheet. Status and heat colours come from ``CoveragePalette`` (the same as
/// `coverage --html`); Chinese uses a CJK font stack, Arabic a Naskh one.
enum PageStyle {
    static var css: String { base + statusRules + heatRules }

    /// `.s-draft` and so on: a fill for SVG bars, a background for badges.
    static var statusRules: String {
        TranslationStatus.allCases.map { s in
            let c = CoveragePalette.statusColours[s]!
            return ".s-\(s.rawValue) { background-color: \(c.fill); color: \(c.text); fill: \(c.fill); }\n"
        }.joined()
    }

    /// `.heat-0` … `.heat-10`: the heat map's scale in steps of 10%.
    static var heatRules: String {
        (0...10).map { step in
            let c = CoveragePalette.heatColour(Double(step * 10))
            return ".heat-\(step) { background-color: \(c.background); color: \(c.text); }\n.heat-\(step) a { color: \(c.text); }\n"
        }.joined()
    }

    static let base = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, "Segoe UI", "Noto Sans", sans-serif; margin: 0; color: #1b1b1b; background: #fff; line-height: 1.45; }
        :lang(zh) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        :lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Segoe UI", sans-serif; }
        header.top { display: flex; align-items: center; gap: 1rem; padding: .5rem 1.5rem; background: #0b3d66; color: #fff; }
        header.top a.home { color: #fff; font-weight: 700; text-decoration: none; }
        header.top .who { margin-inline-start: auto; font-size: .9rem; }
        header.top form.logout { margin: 0; }
        main { padding: 1rem 1.5rem 3rem; max-width: 1400px; margin: 0 auto; }
        h1 { font-size: 1.4rem; margin: .5rem 0; }
        h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ddd; }
        h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
        .note, .meta { color: #555; font-size: .88rem; }
        .error { color: #a30000; font-weight: 600; }
        button { font: inherit; padding: .2rem .7rem; border: 1px solid #888; border-radius: 4px; background: #f6f6f6; cursor: pointer; }
        button:hover { background: #e9eef5; }
        button[aria-pressed="true"] { background: #0b3d66; color: #fff; }
        section.login { max-width: 22rem; margin: 3rem auto; }
        section.login form { display: grid; gap: .8rem; }
        section.login label { display: grid; gap: .2rem; }
        section.login input { font: inherit; padding: .35rem; }
        form.filters, div.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0; }
        section.import { border: 1px solid #c8d3de; border-radius: 4px; padding: .25rem .75rem; margin: .75rem 0; }
        ul.import-results { margin: .25rem 0; padding-left: 1.25rem; }
        td.links a.export { font-size: .9em; }
        table { border-collapse: collapse; }
        table.heat { width: 100%; table-layout: fixed; }
        table.heat th, table.heat td { border: 1px solid #fff; padding: .45rem .5rem; }
        table.heat thead th { background: #f0f0f0; text-align: center; }
        table.heat th.doc { width: 36%; text-align: start; font-weight: normal; background: #fafafa; }
        table.heat thead th.doc { font-weight: 600; }
        table.heat .kind { width: 6%; text-align: center; color: #555; font-size: .85rem; background: #fafafa; }
        th.lang .code { display: block; font-family: ui-monospace, monospace; }
        th.lang .native { display: block; font-weight: normal; font-size: .8rem; color: #555; }
        .ref { font-weight: 600; font-family: ui-monospace, "DejaVu Sans Mono", monospace; white-space: nowrap; }
        .title { unicode-bidi: plaintext; font-size: .9rem; }
        td.cell { text-align: center; font-variant-numeric: tabular-nums; font-weight: 600; padding: 0; }
        td.cell a { display: block; padding: .45rem .5rem; text-decoration: none; }
        td.cell a:hover, td.cell a:focus { outline: 3px solid #e69f00; outline-offset: -3px; }
        td.cell .drafts { display: block; font-size: .72rem; font-weight: normal; }
        td.source { background: repeating-linear-gradient(135deg, #fff, #fff 6px, #eee 6px, #eee 12px); color: #444; font-weight: normal; font-style: italic; padding: .45rem; }
        .scale { display: flex; gap: 2px; margin: .5rem 0; font-size: .75rem; color: #555; align-items: center; }
        .scale .swatch { width: 2.2rem; text-align: center; }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; font-size: .85rem; }
        ul.legend li { display: flex; align-items: center; gap: .35rem; }
        svg.key { width: 1.1rem; height: .9rem; border: 1px solid #888; }
        table.bars { width: 100%; }
        table.bars th { width: 3rem; text-align: start; font-family: ui-monospace, monospace; }
        table.bars td { padding: .2rem .4rem; }
        td.bar-cell { width: 50%; }
        svg.bar { display: block; width: 100%; height: 1.3rem; border: 1px solid #999; background: #fff; }
        .source-bar { height: 1.3rem; text-align: center; font-size: .75rem; font-style: italic; color: #444; border: 1px solid #999;
                      background: repeating-linear-gradient(135deg, #fff, #fff 6px, #eee 6px, #eee 12px); }
        td.pct { width: 4rem; text-align: end; font-weight: 600; }
        td.counts { font-size: .8rem; color: #444; }
        td.links a { margin-inline-end: .5rem; }
        nav.modes { margin: .25rem 0 .5rem; display: flex; gap: 1rem; }
        nav.modes a[aria-current] { font-weight: 700; }
        .target-language { font-size: .9rem; color: #555; font-weight: normal; }
        .message { min-height: 1.4rem; margin: .25rem 0; font-weight: 600; }
        .message.bad { color: #a30000; }
        .message.good { color: #006b4f; }
        .workspace { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; align-items: start; }
        body.review .workspace { grid-template-columns: minmax(0, 1fr); }
        ol.segments { list-style: none; padding: 0; margin: 0; }
        li.seg { display: grid; grid-template-columns: 2.5rem 1fr 1fr 8.5rem; gap: .5rem; padding: .45rem .3rem; border-bottom: 1px solid #e4e4e4; }
        li.seg.active { background: #fff8e6; outline: 2px solid #e69f00; }
        li.seg[hidden] { display: none; }
        li.seg.changed-elsewhere { background: #e8f4ea; transition: background 1s; }
        li.seg.stale .tgt { border-color: #b00020; }
        li.seg .num { color: #666; font-size: .8rem; text-align: end; }
        li.seg .src, li.seg .tgt { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
        li.seg .tgt { min-height: 1.6rem; padding: .15rem .3rem; border: 1px solid transparent; }
        li.seg .tgt[contenteditable="true"] { border-color: #bbb; background: #fff; }
        li.seg .tgt[contenteditable="true"]:focus { border-color: #0b3d66; outline: none; }
        li.seg .before { font-size: .8rem; color: #7a5c00; margin-top: .2rem; }
        li.seg .state { font-size: .78rem; display: flex; flex-direction: column; gap: .2rem; align-items: flex-start; }
        li.seg .status { padding: 0 .4rem; border-radius: 3px; }
        li.seg .qa { color: #a30000; font-weight: 600; }
        li.seg .actions { display: flex; flex-wrap: wrap; gap: .2rem; }
        li.seg .actions button { font-size: .75rem; padding: .05rem .35rem; }
        li.seg ul.findings { grid-column: 2 / 5; margin: 0; font-size: .8rem; color: #7a2a00; }
        li.seg .review-form { grid-column: 2 / 5; display: flex; gap: .5rem; }
        li.seg .review-form input { flex: 1; font: inherit; }
        .chip { display: inline-block; padding: 0 .25rem; margin: 0 .1rem; border-radius: 3px; background: #e8e0f5; color: #4a2a80;
                border: 1px solid #b9a6dd; font: .75rem ui-monospace, monospace; cursor: grab; user-select: all; unicode-bidi: isolate; direction: ltr; }
        aside.panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; border: 1px solid #ddd; padding: .5rem .8rem; background: #fbfbfb; font-size: .9rem; }
        aside.panel h2 { margin-top: 0; }
        ol.suggestions { padding-inline-start: 1.4rem; margin: 0; }
        ol.suggestions li { margin-bottom: .5rem; cursor: pointer; }
        ol.suggestions li:hover { background: #eef4fb; }
        .score { font-weight: 700; margin-inline-end: .4rem; }
        .diff ins { background: #d4f5d4; text-decoration: none; }
        .diff del { background: #fbd5d5; }
        .adapted { font-size: .8rem; color: #005b96; }
        .origin, .when { font-size: .75rem; color: #666; }
        #conflict { border: 2px solid #d55e00; padding: .5rem; background: #fff3ec; }
        #conflict .both { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; }
        #conflict .text { white-space: pre-wrap; border: 1px solid #ccc; background: #fff; padding: .25rem; }
        ul.terms, ul.findings, ol.history, ul.concordance { padding-inline-start: 1.2rem; margin: 0; }
        .sev-error { color: #a30000; }
        .sev-warning { color: #7a5c00; }
        mark { background: #ffe680; }

        """
}
