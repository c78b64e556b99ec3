import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Translations typed with CAT tags take the source segment's codes.
@Suite struct TaggedTextTests {
    @Test func tagsTakeTheSourceCodesAndOtherBracesStayText() throws {
        let source = try DOCXTestPackages.parse(try DOCXTestPackages.letter("fr"), language: .fr)
        let reference = try #require(source.segments.first { $0.content.tagged == "Réf.: {1}CL-17/24{/1}" })
        let typed = TaggedText.content("Ref: {1}CL-17/24{/1} {2} {1/}", codes: reference.content.codes)
        #expect(typed.tagged == "Ref: {1}CL-17/24{/1} {2} {1/}")
        #expect(typed.codes == reference.content.codes)
        #expect(typed.runs.last == .text(" {2} {1/}"))
        let arabic = TaggedText.content("المرجع: {1}CL-17/24{/1}", codes: reference.content.codes)
        #expect(arabic.codes.map(\.data) == reference.content.codes.map(\.data))
    }
}
