using System.Globalization;
using MeAktiv.Core.Domain;
using MeAktiv.Core.Features.Figures;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MeAktiv.Core.Features.Import;

/// <summary>
/// The figures of an import file on disk instead of in memory: a private SQLite file in the temp folder (deleted on
/// dispose), whatever the app's database, with SQLite's page cache as its only buffer. The first reading stages every
/// readable row (<see cref="Add"/>), the stored figures of the file's units and years follow
/// (<see cref="AddStored"/>); then the rows come back ordered by unit, month, component and row
/// (<see cref="Rows"/>), beside the figures as they will stand (<see cref="Figures"/>, same order), for
/// <see cref="StagedFeed"/>. A row whose unit or component is unknown is staged with -1 for it (its errors come from
/// the rules like any other's).
/// </summary>
internal sealed class ImportStaging : IDisposable
{
    private const string Order = "ORDER BY Unit, Year, Month, Component, Row";
    private const string RowsSql = $"SELECT Unit, Year, Month, Row, Value, UnitCode, Indicator, ComponentCode FROM Stage WHERE Row >= 0 {Order}";
    private const string FiguresSql =
        $"SELECT Unit, Component, Year, Month, Row, Value FROM Stage WHERE Unit >= 0 AND Component >= 0 AND Value IS NOT NULL {Order}";
    private readonly string _path;
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;
    private sqlite3_stmt? _insert; // prepared on the native handle: no command, reader and boxed parameters per row

    private ImportStaging(string path, SqliteConnection connection) => (_path, _connection) = (path, connection);

    /// <summary>The staging file (deleted on dispose).</summary>
    public string FileName => _path;

    public static ImportStaging Create()
    {
        var path = ImportTempFiles.NewPath(ImportTempFiles.StagingExtension);
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var staging = new ImportStaging(path, connection);
        staging.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; " +
                        "CREATE TABLE Stage (Unit INTEGER NOT NULL, Component INTEGER NOT NULL, Year INTEGER NOT NULL, " +
                        "Month INTEGER NOT NULL, Row INTEGER NOT NULL, Value TEXT, UnitCode TEXT, Indicator TEXT, ComponentCode TEXT)");
        return staging;
    }

    /// <summary>Stages a readable row of the file: its unit and component as resolved (-1: unknown), its codes as written.</summary>
    public void Add(int unit, int component, FigureInput input, int row) =>
        Insert(unit, component, input.Year, input.Month, row, input.Value, input);

    /// <summary>Stages a stored figure (row -1: it comes before the file's rows of the same figure).</summary>
    public void AddStored(int unit, int component, int year, int month, decimal value) =>
        Insert(unit, component, year, month, -1, value, null);

    /// <summary>Ends the staging (once): commits and builds the index of the order in which the rows are read.</summary>
    public void Seal()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _insert?.Dispose();
        _insert = null;
        // Every column: both readers scan the index alone, in order (looking up each row in the table, which is in
        // file order, would read its pages at random past the small page cache).
        Execute("CREATE INDEX StageOrder ON Stage (Unit, Year, Month, Component, Row, Value, UnitCode, Indicator, ComponentCode)");
    }

    /// <summary>The file's rows, ordered by unit, month, component and row.</summary>
    public IEnumerable<StagedRow> Rows(string? confirmReason)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = RowsSql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var input = new FigureInput(reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt32(1),
                reader.GetInt32(2), reader.IsDBNull(4) ? null : reader.GetDecimal(4), Confirm: confirmReason is not null,
                ConfirmReason: confirmReason);
            yield return new StagedRow(reader.GetInt32(0), input, reader.GetInt32(3));
        }
    }

    /// <summary>
    /// Every figure of the file's known units and components, and the stored ones beside them, as it will stand: the
    /// file's last value of it (else the stored value) and the row of its first line (-1: stored only); same order.
    /// </summary>
    public IEnumerable<StagedFigure> Figures()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = FiguresSql;
        using var reader = command.ExecuteReader();
        StagedFigure? current = null;
        while (reader.Read())
        {
            var (unit, component, year, month, row, value) =
                (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetDecimal(5));
            if (current is { } c && (c.Unit, c.Component, c.Year, c.Month) == (unit, component, year, month))
            {
                current = c with { Value = value, First = c.First >= 0 ? c.First : row };
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = new StagedFigure(unit, component, year, month, value, row);
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    /// <summary>SQLite's plan of each of the two readers (<c>EXPLAIN QUERY PLAN</c>), one line per step.</summary>
    public IEnumerable<string> Plans()
    {
        foreach (var sql in (string[])[RowsSql, FiguresSql])
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var reader = command.ExecuteReader();
            var steps = new List<string>();
            while (reader.Read())
            {
                steps.Add(reader.GetString(3));
            }

            yield return string.Join("; ", steps);
        }
    }

    public void Dispose()
    {
        _insert?.Dispose();
        _transaction?.Dispose();
        _connection.Dispose();
        File.Delete(_path);
    }

    private void Insert(int unit, int component, int year, int month, int row, decimal? value, FigureInput? input)
    {
        var db = _connection.Handle!;
        if (_insert is null)
        {
            _transaction = _connection.BeginTransaction();
            Check(raw.sqlite3_prepare_v2(db, "INSERT INTO Stage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", out var statement));
            _insert = statement;
        }

        var i = 1;
        foreach (var number in (ReadOnlySpan<int>)[unit, component, year, month, row])
        {
            Check(raw.sqlite3_bind_int(_insert, i++, number));
        }

        foreach (var text in (ReadOnlySpan<string?>)[value?.ToString(CultureInfo.InvariantCulture), input?.Unit, input?.Indicator, input?.Component])
        {
            Check(text is null ? raw.sqlite3_bind_null(_insert, i++) : raw.sqlite3_bind_text(_insert, i++, text));
        }

        var rc = raw.sqlite3_step(_insert);
        raw.sqlite3_reset(_insert);
        Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A staged row of the file: its unit (-1: unknown), the input, its row number.</summary>
internal readonly record struct StagedRow(int Unit, FigureInput Input, int Row)
{
    /// <summary>The row's month as a number (<see cref="YearMonth.Index()"/>).</summary>
    public int MonthIndex => new YearMonth(Input.Year, Input.Month).Index();
}

/// <summary>A figure as it will stand after the import (<see cref="First"/>: the row of its first line; -1: stored only).</summary>
internal readonly record struct StagedFigure(int Unit, int Component, int Year, int Month, decimal Value, int First)
{
    public int MonthIndex => new YearMonth(Year, Month).Index();
}
