// Export formats for graph and list endpoints: JSON, CSV, GraphML, GEXF and GeoJSON.
export * from './graph.js'
export { graphToCsv, graphEdgesToCsv, rowsToCsv, columnsOf, type Column } from './csv.js'
export { graphToGraphML, type XmlExportOptions } from './graphml.js'
export { graphToGEXF } from './gexf.js'
export { graphToGeoJSON, rowsToGeoJSON, type GraphFeatureCollection, type TableFeatureCollection } from './geojson.js'
export { FORMATS, GRAPH_FORMATS, TABLE_FORMATS, MEDIA_TYPES, FormatParam, formatParam, negotiate, type Format, type NegotiableRequest } from './negotiate.js'
export { sendGraph, sendTable, formatResponse, serialiseGraph, contentType, attachmentName, type SendOptions, type SendTableOptions } from './send.js'
