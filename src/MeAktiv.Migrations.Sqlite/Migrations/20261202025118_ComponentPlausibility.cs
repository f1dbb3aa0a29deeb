using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeAktiv.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComponentPlausibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "MaxValue",
                table: "IndicatorComponents",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PartOfId",
                table: "IndicatorComponents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorComponents_PartOfId",
                table: "IndicatorComponents",
                column: "PartOfId");

            migrationBuilder.AddForeignKey(
                name: "FK_IndicatorComponents_IndicatorComponents_PartOfId",
                table: "IndicatorComponents",
                column: "PartOfId",
                principalTable: "IndicatorComponents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IndicatorComponents_IndicatorComponents_PartOfId",
                table: "IndicatorComponents");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorComponents_PartOfId",
                table: "IndicatorComponents");

            migrationBuilder.DropColumn(
                name: "MaxValue",
                table: "IndicatorComponents");

            migrationBuilder.DropColumn(
                name: "PartOfId",
                table: "IndicatorComponents");
        }
    }
}
