using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeAktiv.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportingDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportingDuties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrgUnitId = table.Column<int>(type: "int", nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    ComponentId = table.Column<int>(type: "int", nullable: true),
                    FromMonth = table.Column<int>(type: "int", nullable: false),
                    ToMonth = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingDuties", x => x.Id);
                    table.CheckConstraint("CK_ReportingDuties_FromMonth", "[FromMonth] % 100 BETWEEN 1 AND 12");
                    table.CheckConstraint("CK_ReportingDuties_ToMonth", "[ToMonth] IS NULL OR [ToMonth] >= [FromMonth]");
                    table.ForeignKey(
                        name: "FK_ReportingDuties_IndicatorComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "IndicatorComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportingDuties_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportingDuties_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingDuties_ComponentId",
                table: "ReportingDuties",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingDuties_IndicatorId",
                table: "ReportingDuties",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingDuties_OrgUnitId_IndicatorId",
                table: "ReportingDuties",
                columns: new[] { "OrgUnitId", "IndicatorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportingDuties");
        }
    }
}
