import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// Which bytes an HTML page may be in, and the one error for the others.
@Suite struct HTMLEncodingTests {
    private func bytes(_ ascii: String, _ tail: [UInt8] = []) -> [UInt8] { Array(ascii.utf8) + tail }

    @Test func windows1252DeclaredByMetaCharsetIsDecodedAndDeclaredUTF8() throws {
        // "Café “ICT4SDG” – 2019" in Windows-1252.
        let input = bytes("<html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Caf", [0xE9, 0x20, 0x93])
            + bytes("ICT4SDG", [0x94, 0x20, 0x96]) + bytes(" 2019</title></head><p>D", [0xE9, 0x63, 0x69, 0x64, 0xE9]) + bytes(".</p></html>")
        let text = try HTMLFormat().decode(input, file: "post.fr.html")
        #expect(text == "<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Café “ICT4SDG” – 2019</title></head><p>Décidé.</p></html>")
        let parsed = try HTMLFormat().parse(text, file: "post.fr.html", language: .fr)
        #expect(parsed.segments.map(\.content.plainText) == ["Café “ICT4SDG” – 2019", "Décidé."])
        #expect(parsed.render() == text)
    }

    @Test func iso88591AndTheHTTPEquivFormReadAsWindows1252() throws {
        let input = bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Espa", [0xF1, 0x61]) + bytes(".</p>")
        let text = try HTMLFormat().decode(input, file: "p.es.html")
        #expect(text == "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><p>España.</p>")
        let unquoted = bytes("<meta charset=latin1><p>", [0xE0]) + bytes("</p>")
        #expect(try HTMLFormat().decode(unquoted, file: nil) == "<meta charset=utf-8><p>à</p>")
    }

    @Test func utf8WithOrWithoutBOMOrDeclaration() throws {
        let page = "<meta charset=\"UTF-8\"><p>Доклад 中文 عربي</p>"
        #expect(try HTMLFormat().decode(Array(page.utf8), file: nil) == page)
        #expect(try HTMLFormat().decode([0xEF, 0xBB, 0xBF] + Array(page.utf8), file: nil) == "\u{FEFF}" + page)
        let parsed = try HTMLFormat().parse("\u{FEFF}" + page, file: nil, language: .ru)
        #expect(parsed.render() == "\u{FEFF}" + page)
    }

    @Test func anotherDeclaredEncodingIsOneErrorNamingFileAndLine() {
        let input = bytes("<!DOCTYPE html>\n<html>\n<head><meta charset=\"Shift_JIS\">\n<p>", [0x82, 0xA0]) + bytes("</p>")
        #expect {
            try HTMLFormat().decode(input, file: "Letters/post.ja.html")
        } throws: { error in
            guard let e = error as? FormatError, e.code == .encoding else { return false }
            return e.description.hasPrefix("Letters/post.ja.html:3:22: ") && e.message.contains("shift_jis")
                && e.message.contains("iconv -f SHIFT_JIS -t UTF-8")
        }
    }

    @Test func invalidUTF8IsOneErrorWithFileAndPlace() {
        let input = bytes("<html>\n<p>Caf", [0xE9]) + bytes("</p>")
        #expect {
            try HTMLFormat().decode(input, file: "post.fr.html")
        } throws: { error in
            guard let e = error as? FormatError, e.code == .encoding else { return false }
            return e.description.hasPrefix("post.fr.html:2:7: invalid UTF-8 (byte 0xE9")
        }
    }

    @Test func sourceFileReadsThroughTheFormat() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-\(UUID().uuidString).es.html")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes("<meta charset=windows-1252><p>A", [0xF1]) + bytes("o.</p>")).write(to: url)
        #expect(try SourceFile.read(url.path, format: HTMLFormat()) == "<meta charset=utf-8><p>Año.</p>")
        #expect(throws: FormatError.self) { try SourceFile.read(url.path) }
    }
}
