import ArgumentParser
import Foundation
import HexaglotStore

/// How a user command gets a password: one line of standard input, or a prompt without echo.
struct PasswordOptions: ParsableArguments {
    @Flag(name: .long, help: "Read the password from the first line of standard input instead of asking for it.")
    var passwordStdin = false

    /// The password, read and checked (length, characters), or a clear error.
    func read(for name: String) throws -> String {
        let password: String
        if passwordStdin {
            guard let line = Swift.readLine(strippingNewline: true) else {
                throw CLIError("--password-stdin: standard input is empty; give the password on its first line")
            }
            password = line.hasSuffix("\r") ? String(line.dropLast()) : line
        } else {
            guard isatty(STDIN_FILENO) == 1 else {
                throw CLIError("no terminal to ask for \(name)'s password on; pipe it in with --password-stdin")
            }
            password = try PasswordPrompt.ask("Password for \(name): ")
            let again = try PasswordPrompt.ask("Again: ")
            guard again == password else { throw CLIError("the two passwords differ; nothing was changed") }
        }
        do {
            try PasswordHash.validate(password)
        } catch let error as StoreError {
            throw CLIError(error.message)
        }
        return password
    }
}

/// A prompt on the terminal whose answer is not echoed.
enum PasswordPrompt {
    static func ask(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if hasTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw CLIError("no password was typed; nothing was changed")
        }
        return line
    }
}
