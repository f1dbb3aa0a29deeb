using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeAktiv.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// Data only: databases seeded before <c>ComponentPlausibility</c> get the "davon" pairs of
    /// seeds/indicator-components.csv (a database seeded later gets them from the file; nothing changes there).
    /// Apart from the schema migration, so that SQLite has rebuilt the table before the statements run.
    /// </summary>
    public partial class ComponentPartOfPairs : Migration
    {
        private static readonly (string Indicator, string Part, string Whole)[] Pairs =
            [("EQ", "SVB", "AUS"), ("BAMF", "BEL", "VERF"), ("BZ", "BST", "AST"), ("NH", "BES", "INT")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (indicator, part, whole) in Pairs)
            {
                migrationBuilder.Sql(
                    "UPDATE IndicatorComponents SET PartOfId = (SELECT w.Id FROM IndicatorComponents w " +
                    $"WHERE w.IndicatorId = IndicatorComponents.IndicatorId AND w.Code = '{whole}') " +
                    $"WHERE Code = '{part}' AND PartOfId IS NULL AND IndicatorId = (SELECT i.Id FROM Indicators i WHERE i.Code = '{indicator}')");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (indicator, part, _) in Pairs)
            {
                migrationBuilder.Sql(
                    $"UPDATE IndicatorComponents SET PartOfId = NULL WHERE Code = '{part}' " +
                    $"AND IndicatorId = (SELECT i.Id FROM Indicators i WHERE i.Code = '{indicator}')");
            }
        }
    }
}
