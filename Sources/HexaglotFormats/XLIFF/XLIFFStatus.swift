import HexaglotCore

/// The mapping between ``TranslationStatus`` and XLIFF segment states, both ways.
///
/// XLIFF 2 (`state`, `subState`), as written:
///
/// | Hexaglot     | state        | subState                                  |
/// |--------------|--------------|-------------------------------------------|
/// | `new`        | `initial`    | none (`hexaglot:new` if it has a target)  |
/// | `draft`      | `initial`    | `hexaglot:draft`                          |
/// | `outdated`   | `initial`    | `hexaglot:outdated`                       |
/// | `rejected`   | `initial`    | `hexaglot:rejected`                       |
/// | `translated` | `translated` | none                                      |
/// | `reviewed`   | `reviewed`   | none                                      |
/// | `approved`   | `final`      | none                                      |
///
/// Draft, outdated and rejected translations need work, so they are `initial` for CAT tools,
/// which offer them for translation with the target text kept.
///
/// Reading: a `hexaglot:STATUS` subState is honoured only when `state` is the one Hexaglot
/// writes for STATUS: a tool that moved the segment on (`state="final"`) while leaving the
/// subState untouched gets the new state. Otherwise `translated` → translated, `reviewed` →
/// reviewed, `final` → approved, and `initial` (or no state) → new when the target is absent
/// or empty, draft when it has text. Other tools' subStates are ignored. So every status
/// written reads back as itself.
///
/// XLIFF 1.2 `state` (read only): `new`, `needs-translation` → new (draft if the target has
/// text); `needs-adaptation`, `needs-l10n` → draft; `translated`, `needs-review-translation`,
/// `needs-review-adaptation`, `needs-review-l10n` → translated; `signed-off` → reviewed;
/// `final` → approved; `approved="yes"` on the trans-unit → approved. No state (or an
/// `x-` one): translated when the target has text, else new.
enum XLIFFStatus {
    static let prefix = "hexaglot:"

    /// The XLIFF 2 `state` and `subState` written for `status`.
    static func state(for status: TranslationStatus, hasTarget: Bool) -> (state: String, subState: String?) {
        switch status {
        case .new: return ("initial", hasTarget ? prefix + "new" : nil)
        case .draft, .outdated, .rejected: return ("initial", prefix + status.rawValue)
        case .translated: return ("translated", nil)
        case .reviewed: return ("reviewed", nil)
        case .approved: return ("final", nil)
        }
    }

    /// The status of an XLIFF 2 segment; nil when `state` is not one of the four XLIFF 2 states.
    static func status(state: String?, subState: String?, targetHasText: Bool) -> TranslationStatus? {
        let state = state ?? "initial"
        if let subState, subState.hasPrefix(prefix),
           let status = TranslationStatus(rawValue: String(subState.dropFirst(prefix.count))),
           self.state(for: status, hasTarget: targetHasText).state == state {
            return status
        }
        switch state {
        case "initial": return targetHasText ? .draft : .new
        case "translated": return .translated
        case "reviewed": return .reviewed
        case "final": return .approved
        default: return nil
        }
    }

    /// The status of an XLIFF 1.2 trans-unit.
    static func status(v12State state: String?, approved: Bool, targetHasText: Bool) -> TranslationStatus {
        if approved { return .approved }
        switch state {
        case "new", "needs-translation": return targetHasText ? .draft : .new
        case "needs-adaptation", "needs-l10n": return .draft
        case "translated", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n": return .translated
        case "signed-off": return .reviewed
        case "final": return .approved
        default: return targetHasText ? .translated : .new
        }
    }
}
