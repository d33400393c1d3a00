using ReadinessAction.Publishing;

namespace ReadinessAction.Tests.Publishing;

public sealed class StickyCommentTests
{
    private const string Marker = "<!-- readiness-action:readiness -->";

    [Fact]
    public async Task First_run_creates_the_one_comment()
    {
        var review = new InMemoryReviewSystem();

        var comment = await new StickyComment(review, Marker).PublishAsync($"{Marker}\nfirst", CancellationToken.None);

        Assert.Equal(comment, Assert.Single(review.Comments));
        Assert.Equal(["list", "create", "list"], review.Calls);
    }

    [Fact]
    public async Task Later_run_edits_the_oldest_of_its_comments_and_deletes_the_duplicates()
    {
        var review = new InMemoryReviewSystem();
        var oldest = review.Add($"{Marker}\nold", InMemoryReviewSystem.Bot);
        review.Add($"{Marker}\nduplicate", InMemoryReviewSystem.Bot);

        var comment = await new StickyComment(review, Marker).PublishAsync($"{Marker}\nnew", CancellationToken.None);

        Assert.Equal(oldest.Id, comment.Id);
        Assert.Equal($"{Marker}\nnew", Assert.Single(review.Comments).Body);
    }

    [Fact]
    public async Task Without_a_known_identity_a_persons_comment_quoting_the_marker_is_left_alone()
    {
        var review = new InMemoryReviewSystem { IdentityKnown = false };
        var quote = review.Add($"> {Marker}\nwhy is this failing?", new ReviewAuthor(1, IsBot: false));

        await new StickyComment(review, Marker).PublishAsync($"{Marker}\nbody", CancellationToken.None);

        Assert.Equal(2, review.Comments.Count);
        Assert.Equal(quote, review.Comments[0]);
    }

    [Fact]
    public async Task With_a_known_identity_another_bots_comment_is_not_ours()
    {
        var review = new InMemoryReviewSystem();
        var other = review.Add($"{Marker}\nanother bot", new ReviewAuthor(99, IsBot: true));

        await new StickyComment(review, Marker).PublishAsync($"{Marker}\nbody", CancellationToken.None);

        Assert.Equal(2, review.Comments.Count);
        Assert.Equal(other, review.Comments[0]);
    }

    [Fact]
    public async Task A_comment_without_the_marker_is_never_ours()
    {
        var review = new InMemoryReviewSystem();
        review.Add("an unrelated bot comment", InMemoryReviewSystem.Bot);

        await new StickyComment(review, Marker).PublishAsync($"{Marker}\nbody", CancellationToken.None);

        Assert.Equal(2, review.Comments.Count);
    }

    [Fact]
    public async Task Without_a_known_identity_another_bots_comment_quoting_the_marker_is_never_edited()
    {
        var review = new InMemoryReviewSystem { IdentityKnown = false };
        var other = review.Add($"{Marker}\nanother bot", new ReviewAuthor(99, IsBot: true));

        await new StickyComment(review, Marker).PublishAsync($"{Marker}\nbody", CancellationToken.None);

        Assert.Equal(2, review.Comments.Count);
        Assert.Equal(other, review.Comments[0]);
        Assert.DoesNotContain("edit", review.Calls);
    }

    [Fact]
    public async Task Without_a_known_identity_our_older_comment_is_found_by_the_author_of_the_one_just_created()
    {
        var review = new InMemoryReviewSystem { IdentityKnown = false };
        var older = review.Add($"{Marker}\nlast run", InMemoryReviewSystem.Bot);

        var comment = await new StickyComment(review, Marker).PublishAsync($"{Marker}\nthis run", CancellationToken.None);

        Assert.Equal(older.Id, comment.Id);
        Assert.Equal($"{Marker}\nthis run", Assert.Single(review.Comments).Body);
    }

    [Fact]
    public async Task The_same_login_is_the_same_author_whatever_the_id()
    {
        var assumed = new ReviewAuthor(0, IsBot: true) { Login = "github-actions[bot]" };

        Assert.True(new ReviewAuthor(41898282, IsBot: true) { Login = "github-actions[bot]" }.IsSameAs(assumed));
        Assert.False(new ReviewAuthor(0, IsBot: true) { Login = "other-app[bot]" }.IsSameAs(assumed));
    }
}
