using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeAktiv.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TargetPeriodPhasing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodFrom",
                table: "TargetVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodTo",
                table: "TargetVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phasing",
                table: "TargetVersions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhasingPlan",
                table: "TargetVersions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PeriodFrom",
                table: "TargetVersions");

            migrationBuilder.DropColumn(
                name: "PeriodTo",
                table: "TargetVersions");

            migrationBuilder.DropColumn(
                name: "Phasing",
                table: "TargetVersions");

            migrationBuilder.DropColumn(
                name: "PhasingPlan",
                table: "TargetVersions");
        }
    }
}
