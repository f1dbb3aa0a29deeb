using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeAktiv.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TermineMaintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Cancelled",
                table: "FixedDates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "FixedDates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "FixedDates",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "FixedDates",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "Yearly",
                table: "FixedDates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // The seeded dates that recur every year (seeds/fixed-dates.csv, column Yearly) in databases seeded before it.
            migrationBuilder.Sql("UPDATE \"FixedDates\" SET \"Yearly\" = 1 WHERE \"Code\" IN ('BUT-2015-Q1', 'BUT-2015-Q2', 'BUT-2015-Q3', 'BUT-2015-Q4', '16A-2015');");

            migrationBuilder.CreateTable(
                name: "RecurringDates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    EachKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Weekday = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringDates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecurringDates_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecurringDates_Code",
                table: "RecurringDates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecurringDates_OrgUnitId",
                table: "RecurringDates",
                column: "OrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecurringDates");

            migrationBuilder.DropColumn(
                name: "Cancelled",
                table: "FixedDates");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "FixedDates");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "FixedDates");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "FixedDates");

            migrationBuilder.DropColumn(
                name: "Yearly",
                table: "FixedDates");
        }
    }
}
