namespace FakeGitHub;

/// <summary>Everything the fake remembers; one lock, so concurrent clients see a consistent GitHub.</summary>
public sealed class FakeGitHubState
{
    private readonly Lock _gate = new();
    private readonly List<FakeComment> _comments = [];
    private readonly List<FakeStatus> _statuses = [];
    private readonly List<FakeRequest> _requests = [];
    private readonly List<FakeFault> _faults = [];
    private readonly List<FakePullRequest> _pulls = [];
    private readonly DateTimeOffset _epoch = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private long _nextId = 1000;
    private readonly Dictionary<long, DateTimeOffset> _listedFrom = [];
    private FakeIdentity _identity = FakeIdentity.Installation;
    private TimeSpan _listDelay;

    /// <summary>How long a new comment stays out of the list (GitHub's list is eventually consistent).</summary>
    public TimeSpan ListDelay
    {
        get { lock (_gate) { return _listDelay; } }
        set { lock (_gate) { _listDelay = value; } }
    }

    public FakeIdentity Identity
    {
        get { lock (_gate) { return _identity; } }
        set { lock (_gate) { _identity = value; } }
    }

    public FakeStateSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new FakeStateSnapshot(
                _comments.GroupBy(c => $"{c.Repository}#{c.Issue}").ToDictionary(g => g.Key, g => (IReadOnlyList<FakeComment>)[.. g]),
                _statuses.GroupBy(s => s.Sha).ToDictionary(g => g.Key, g => (IReadOnlyList<FakeStatus>)[.. g]),
                [.. _requests]);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _comments.Clear();
            _statuses.Clear();
            _requests.Clear();
            _faults.Clear();
            _pulls.Clear();
            _identity = FakeIdentity.Installation;
            _listedFrom.Clear();
            _listDelay = TimeSpan.Zero;
        }
    }

    public IReadOnlyList<FakeComment> Comments(string repository, int issue)
    {
        lock (_gate)
        {
            return [.. _comments.Where(c => c.Repository == repository && c.Issue == issue)];
        }
    }

    /// <summary>The comments the list endpoint shows now: those created at least <see cref="ListDelay"/> ago.</summary>
    public IReadOnlyList<FakeComment> ListedComments(string repository, int issue)
    {
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            return [.. _comments.Where(c => c.Repository == repository && c.Issue == issue && _listedFrom.GetValueOrDefault(c.Id) <= now)];
        }
    }

    public FakeComment AddComment(string repository, int issue, string body, FakeUser author)
    {
        lock (_gate)
        {
            var now = Tick();
            var comment = new FakeComment(_nextId, repository, issue, body, author, now, now);
            _comments.Add(comment);
            _listedFrom[comment.Id] = DateTimeOffset.UtcNow + _listDelay;
            return comment;
        }
    }

    public FakeComment? UpdateComment(string repository, long id, string body)
    {
        lock (_gate)
        {
            var index = _comments.FindIndex(c => c.Id == id && c.Repository == repository);
            if (index < 0)
            {
                return null;
            }

            _comments[index] = _comments[index] with { Body = body, UpdatedAt = Tick() };
            return _comments[index];
        }
    }

    public bool DeleteComment(string repository, long id)
    {
        lock (_gate)
        {
            return _comments.RemoveAll(c => c.Id == id && c.Repository == repository) > 0;
        }
    }

    public FakeStatus AddStatus(string repository, string sha, string state, string? description, string context, string? targetUrl)
    {
        lock (_gate)
        {
            var status = new FakeStatus(_nextId, repository, sha, state, description, context, targetUrl, Tick());
            _statuses.Add(status);
            return status;
        }
    }

    public void AddPullRequest(FakePullRequest pull)
    {
        lock (_gate)
        {
            _pulls.RemoveAll(p => p.Repository == pull.Repository && p.Number == pull.Number);
            _pulls.Add(pull);
        }
    }

    public FakePullRequest? PullRequest(string repository, int number)
    {
        lock (_gate)
        {
            return _pulls.FirstOrDefault(p => p.Repository == repository && p.Number == number);
        }
    }

    public void AddFaults(IEnumerable<FakeFault> faults)
    {
        lock (_gate)
        {
            _faults.AddRange(faults);
        }
    }

    /// <summary>The first scripted fault matching this request, used up by one.</summary>
    public FakeFault? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => (f.Method is null || string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase))
                && (f.PathContains is null || path.Contains(f.PathContains, StringComparison.OrdinalIgnoreCase)));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index];
            if (fault.Count <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = fault with { Count = fault.Count - 1 };
            }

            return fault;
        }
    }

    public void Log(FakeRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    // Every write gets a new id and a time one second later: ordering is total, as on GitHub.
    private DateTimeOffset Tick() => _epoch.AddSeconds(++_nextId - 1000);
}
