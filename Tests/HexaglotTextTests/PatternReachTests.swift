import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct PatternReachTests {
    @Test func countsTheLongestMatch() {
        #expect(PatternReach.maxLength("\\bM\\.") == 3)
        #expect(PatternReach.maxLength("(?:ab|c{2,5})\\.") == 7)
        #expect(PatternReach.maxLength("\\s+[\\p{Lu}«\"]") == 2 * PatternReach.unboundedRepeat + 2)
        #expect(PatternReach.maxLength("(?<=x)(?!(?:CET|GMT)\\b)[^\\]]{0,3}") == 1 + 3 + 6)
        #expect(PatternReach.maxLength("") == 0)
    }

    @Test func unknownSyntaxHasNoReach() {
        #expect(PatternReach.maxLength("\\Qa.b\\E") == nil)
        #expect(PatternReach.maxLength("(?i)abc") == nil)
        #expect(PatternReach.maxLength("[a-z") == nil)
        #expect(PatternReach.maxLength("(ab") == nil)
        #expect(PatternReach.maxLength("(a)\\1") == nil)
    }

    @Test func everyBuiltInRuleHasABoundedReach() throws {
        for language in Language.allCases {
            for rule in SegmentationRules.builtIn.rules(forLanguageCode: language.rawValue) {
                #expect(PatternReach.maxLength(rule.beforeBreak) != nil, "\(language.rawValue): \(rule.beforeBreak)")
                #expect(PatternReach.maxLength(rule.afterBreak) != nil, "\(language.rawValue): \(rule.afterBreak)")
            }
        }
    }
}
