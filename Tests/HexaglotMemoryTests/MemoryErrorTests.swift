import Testing
@testable import HexaglotMemory

@Suite struct MemoryErrorTests {
    @Test func codesMatch() {
        let e = MemoryError(.invalidQuery, "empty segment")
        #expect(e.code == .invalidQuery)
        #expect(e.code != .notFound)
        #expect(e.description == "empty segment")
    }
}
