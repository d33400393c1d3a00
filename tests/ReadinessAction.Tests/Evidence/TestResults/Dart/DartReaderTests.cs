using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Dart;

public sealed class DartReaderTests
{
    private const string Events = """
        {"protocolVersion":"0.1.1","runnerVersion":"1.25.2","pid":7,"type":"start","time":0}
        {"suite":{"id":0,"platform":"vm","path":"test/cart_test.dart"},"type":"suite","time":0}
        {"test":{"id":1,"name":"loading test/cart_test.dart","suiteID":0,"groupIDs":[]},"type":"testStart","time":1}
        {"testID":1,"result":"success","skipped":false,"hidden":true,"type":"testDone","time":40}
        {"test":{"id":2,"name":"cart adds","suiteID":0,"groupIDs":[2]},"type":"testStart","time":41}
        {"testID":2,"result":"success","skipped":false,"hidden":false,"type":"testDone","time":141}
        {"test":{"id":3,"name":"cart pays","suiteID":0,"groupIDs":[2]},"type":"testStart","time":142}
        {"testID":3,"error":"Expected: 1","stackTrace":"...","isFailure":true,"type":"error","time":150}
        {"testID":3,"result":"failure","skipped":false,"hidden":false,"type":"testDone","time":151}
        {"test":{"id":4,"name":"cart ships","suiteID":0,"groupIDs":[2]},"type":"testStart","time":152}
        {"testID":4,"result":"success","skipped":true,"hidden":false,"type":"testDone","time":153}
        {"test":{"id":5,"name":"cart hangs","suiteID":0,"groupIDs":[2]},"type":"testStart","time":160}
        """;

    [Fact]
    public void Dart_json_skips_hidden_loading_entries_and_unfinished_tests_are_errors()
    {
        var read = ArtifactFixture.Text(Events, "dart.json");

        Assert.Equal("dart-json", read.Reader!.Format);
        Assert.Equal(new TestTotals(4, 1, 1, 1, 1, 4), read.Totals);
        Assert.Equal(TestOutcome.Error, read.Case("cart hangs").Outcome);
        Assert.Equal(("test/cart_test.dart", 0.1), (read.Case("cart adds").Suite, read.Case("cart adds").DurationSeconds));
    }

    [Fact]
    public void Dart_json_with_a_broken_line_is_rejected_with_that_line()
    {
        var read = ArtifactFixture.Text(Events + "\n{\"testID\":5,\"result\":", "dart.json");

        Assert.Null(read.Evidence);
        Assert.Contains(read.Diagnostics, d => d.Code == "malformed-json" && d.Line == 13);
    }
}
