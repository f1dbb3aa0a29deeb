using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeAktiv.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrgMaintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "OrgUnits",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "OrgUnitSuccessors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    ComponentId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnitSuccessors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnitSuccessors_IndicatorComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "IndicatorComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnitSuccessors_OrgUnits_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnitSuccessors_OrgUnits_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitSuccessors_ComponentId",
                table: "OrgUnitSuccessors",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitSuccessors_PredecessorId_SuccessorId_ComponentId",
                table: "OrgUnitSuccessors",
                columns: new[] { "PredecessorId", "SuccessorId", "ComponentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitSuccessors_SuccessorId",
                table: "OrgUnitSuccessors",
                column: "SuccessorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrgUnitSuccessors");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "OrgUnits");
        }
    }
}
