import ArgumentParser
import HexaglotCore

/// Checks a language given on the command line, for `validate()`.
func validLanguage(_ text: String, option: String = "--lang") throws -> LanguageTag {
    do {
        return try LanguageTag(parsing: text)
    } catch let error as CoreError {
        throw ValidationError("\(option): \(error.message)")
    }
}

/// The `--json` flag shared by every command that prints a report.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print the result as JSON (stable keys, documented in README.md).")
    var json = false
}
