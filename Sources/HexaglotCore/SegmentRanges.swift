/// Segment numbers written as ranges: `1-3,7,9-10`.
public enum SegmentRanges {
    /// Parses `3`, `3-7`, `0,4-6`; numbers start at 1, and 0 is the title.
    public static func parse(_ text: String) throws -> [Int] {
        var result: [Int] = []
        let wrong = CoreError(.invalidRange, "\(Quote.user(text)) is not a segment range: write 3, 3-7 or 1,4-6 (segments count from 1; 0 is the title)")
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { String($0).trimmingWhitespace() }
            guard (1...2).contains(bounds.count), let lo = Int(bounds[0]), lo >= 0,
                  let hi = bounds.count == 2 ? Int(bounds[1]) : lo, hi >= lo else {
                throw wrong
            }
            result.append(contentsOf: lo...hi)
        }
        guard !result.isEmpty else { throw wrong }
        var seen = Set<Int>()
        return result.filter { seen.insert($0).inserted }
    }

    /// Writes sorted numbers compactly: [1,2,3,7] gives `1-3, 7`.
    public static func describe(_ numbers: [Int]) -> String {
        let sorted = numbers.sorted()
        var parts: [String] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1] == sorted[j] + 1 { j += 1 }
            parts.append(i == j ? "\(sorted[i])" : "\(sorted[i])-\(sorted[j])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }
}
