import Foundation
import Testing

@testable import TeXMLSimulator

/// docs/settings.md's tables are generated from `BehaviourSetting.all`; this test fails while the
/// committed file is out of date, and with `TEXML_REGENERATE_DOCS=1` rewrites it instead.
@Suite("Generated settings documentation")
struct SettingsDocumentationTests {
    @Test("docs/settings.md's tables match BehaviourSetting.all")
    func documentationIsUpToDate() throws {
        let url = PackagePaths.root.appendingPathComponent(BehaviourSetting.documentationPath)
        let committed = try String(contentsOf: url, encoding: .utf8)
        let generated = try #require(
            BehaviourSetting.updatingDocumentation(committed),
            "\(BehaviourSetting.documentationPath) lacks the lines \(BehaviourSetting.documentationBegin) and \(BehaviourSetting.documentationEnd)"
        )
        if ProcessInfo.processInfo.environment["TEXML_REGENERATE_DOCS"] == "1" {
            if generated != committed { try generated.write(to: url, atomically: true, encoding: .utf8) }
            return
        }
        #expect(
            committed == generated,
            "\(BehaviourSetting.documentationPath) is out of date: run `\(BehaviourSetting.documentationCommand)` and commit the result"
        )
    }

    @Test("every setting has a row, with a cell for each dialect")
    func everySettingHasARow() {
        let documentation = BehaviourSetting.documentation
        for setting in BehaviourSetting.all {
            let rows = documentation.split(separator: "\n").filter { $0.hasPrefix("| `\(setting.key)` |") }
            #expect(rows.count == 1, "\(setting.key)")
            #expect(rows.first?.split(separator: "|").count == 8, "\(setting.key): \(rows)")
        }
    }

    @Test("notes wrap at 120 columns, keeping code spans whole")
    func notesWrap() {
        let lines = BehaviourSetting.wrap(
            String(repeating: "word ", count: 30) + "`a code span`", prefix: "- ", indent: "  ", width: 40)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.first?.hasPrefix("- word") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
        #expect(lines.last?.hasSuffix("`a code span`") == true)
    }
}
