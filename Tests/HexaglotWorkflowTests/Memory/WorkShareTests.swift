import Testing
@testable import HexaglotWorkflow

/// The share of the text work the TMX import's reading thread keeps for itself.
@Suite struct WorkShareTests {
    private func preparedByReader(_ share: WorkShare, units: Int = 800) -> Int {
        (1...units).filter { share.readerPrepares($0) }.count
    }

    @Test func theReaderStartsWithFiveUnitsInEight() {
        #expect(preparedByReader(WorkShare()) == 500)
    }

    @Test func aStoreThatWaitsTakesTheWorkAndAStoreBehindGivesItBack() {
        var share = WorkShare()
        // The store waits on an empty queue batch after batch: the reader is the slow side and
        // hands every unit over unprepared.
        for _ in 0..<10 { share.adjust(backlog: 0) }
        #expect(share.inEight == 0 && preparedByReader(share) == 0)
        // Batches pile up at the store: the reader prepares them all.
        for _ in 0..<10 { share.adjust(backlog: 5) }
        #expect(share.inEight == 8 && preparedByReader(share) == 800)
        // One batch waiting: both sides keep up, the share stays where it is.
        share.adjust(backlog: 0)
        share.adjust(backlog: 0)
        share.adjust(backlog: 1)
        #expect(share.inEight == 6 && preparedByReader(share) == 600)
    }
}
