extension HTMLReportRenderer {
    /// Light colours by default, dark ones under `prefers-color-scheme: dark`, and plain
    /// light colours with no page breaks inside a chart when printed. A printed chart takes the
    /// page's width (one a row, none wider than the page), so its labels and values stay legible.
    static let style = """

        :root {
          --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
          --accent: #0969da; --pass: #4c8bf5; --fail: #d1242f; --late: #bc4c00;
          --new: #9aa5ff; --learning: #e3a008; --young: #7ee2a8; --mature: #1a7f37; --suspended: #c4c9cf;
          --h0: #ebedf0; --h1: #9be9a8; --h2: #40c463; --h3: #30a14e; --h4: #216e39;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --panel: #161b22;
            --accent: #4493f8; --pass: #4493f8; --fail: #f85149; --late: #db6d28;
            --new: #7c83e8; --learning: #d29922; --young: #56d364; --mature: #238636; --suspended: #484f58;
            --h0: #1c2128; --h1: #0e4429; --h2: #006d32; --h3: #26a641; --h4: #39d353;
          }
        }
        * { box-sizing: border-box; }
        html { background: var(--bg); color: var(--fg); }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px; }
        header h1 { margin: 0 0 4px; font-size: 26px; }
        .meta, .note, footer { color: var(--muted); }
        h2 { font-size: 16px; margin: 0 0 10px; }
        section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 16px 0; break-inside: avoid; }
        .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(440px, 100%), 1fr)); gap: 0 16px; }
        .pair > section { margin: 16px 0; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 12px; background: none; border: 0; padding: 0; }
        .tile { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; display: flex; flex-direction: column; }
        .tile span { color: var(--muted); font-size: 12px; }
        .tile strong { font-size: 21px; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .tile small { color: var(--muted); }
        svg { display: block; max-width: 100%; height: auto; overflow: visible; }
        .scroll { overflow-x: auto; }
        .wide svg { min-width: 640px; }
        .recent { direction: rtl; } .recent > svg { direction: ltr; margin: 0 auto 0 0; }
        .heat svg { width: 100%; max-width: 1000px; }
        .lbl { fill: var(--muted); font-size: 11px; font-family: inherit; }
        .lbl.name, .lbl.value { fill: var(--fg); font-size: 12px; }
        .lbl.val { fill: var(--fg); font-size: 10px; font-variant-numeric: tabular-nums; }
        .grid { stroke: var(--line); stroke-width: 1; }
        .track { fill: var(--bg); }
        .pass, .bar, .due { fill: var(--pass); } .fail { fill: var(--fail); } .late { fill: var(--late); }
        .new { fill: var(--new); } .learning { fill: var(--learning); } .suspended { fill: var(--suspended); }
        .young { fill: var(--young); stroke: var(--young); } .mature { fill: var(--mature); stroke: var(--mature); }
        .line { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
        .h0 { fill: var(--h0); } .h1 { fill: var(--h1); } .h2 { fill: var(--h2); } .h3 { fill: var(--h3); } .h4 { fill: var(--h4); }
        .legend { color: var(--muted); font-size: 12px; margin: 6px 0 0; }
        .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 3px 0 8px; vertical-align: -1px; }
        .legend i.pass, .legend i.due { background: var(--pass); } .legend i.fail { background: var(--fail); }
        .legend i.late { background: var(--late); } .legend i.new { background: var(--new); }
        .legend i.learning { background: var(--learning); } .legend i.young { background: var(--young); }
        .legend i.mature { background: var(--mature); } .legend i.suspended { background: var(--suspended); }
        .legend i.h0 { background: var(--h0); margin: 0 1px; } .legend i.h1 { background: var(--h1); margin: 0 1px; }
        .legend i.h2 { background: var(--h2); margin: 0 1px; } .legend i.h3 { background: var(--h3); margin: 0 1px; }
        .legend i.h4 { background: var(--h4); margin: 0 1px; }
        p.note .legend { float: right; margin: 0; }
        .empty { color: var(--muted); font-style: italic; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: 12px; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.prompt { max-width: 460px; overflow-wrap: anywhere; }
        .tag { font-size: 11px; border: 1px solid var(--line); border-radius: 10px; padding: 0 6px; color: var(--muted); white-space: nowrap; }
        .tag.leech { border-color: var(--fail); color: var(--fail); }
        footer { font-size: 12px; margin-top: 24px; }
        @page { margin: 12mm; }
        @media print {
          :root {
            --bg: #ffffff; --fg: #000000; --muted: #444444; --line: #bbbbbb; --panel: #ffffff;
            --accent: #0969da; --pass: #4c8bf5; --fail: #d1242f; --late: #bc4c00;
            --new: #9aa5ff; --learning: #e3a008; --young: #7ee2a8; --mature: #1a7f37; --suspended: #c4c9cf;
            --h0: #eeeeee; --h1: #9be9a8; --h2: #40c463; --h3: #30a14e; --h4: #216e39;
          }
          html, body { background: #ffffff; color: #000000; }
          main { max-width: none; padding: 0; }
          .pair { grid-template-columns: 1fr; }
          .wide svg { min-width: 0; }
          section { border-color: #bbbbbb; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .scroll { overflow: visible; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
        }

        """
}
