/** The part of d3-org-chart's API the peer page uses (the package ships no types). */
declare module 'd3-org-chart' {
  export class OrgChart<T> {
    container(selector: string): this;
    data(nodes: T[]): this;
    nodeWidth(f: () => number): this;
    nodeHeight(f: () => number): this;
    nodeContent(f: (d: { data: T }) => string): this;
    render(): this;
  }
}
