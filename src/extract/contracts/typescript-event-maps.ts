import type { Node, SourceFile, Symbol as MorphSymbol } from 'ts-morph';
import { UsageError } from '../../errors.js';
import { displayPath } from '../../util/paths.js';
import type { ContractDirection, ContractEvent, ContractSource, LoadedContract } from './contract.js';

/** ts-morph's `Node` class, whose type guards are values: ts-morph is only loaded with a TypeScript contract. */
type NodeGuards = typeof Node;

/** Socket.IO's typed-event interfaces, by the names its documentation gives them (`ServerToClientEvents`, ...). */
const EVENT_MAP_DIRECTIONS: ReadonlyArray<readonly [RegExp, ContractDirection]> = [
  [/ServerToClient/i, 'server-to-client'],
  [/ClientToServer/i, 'client-to-server'],
];

/**
 * Events of Socket.IO typed-event maps: every interface or type alias of the file whose name says
 * `ServerToClient` or `ClientToServer`. Each property is an event; the type checker supplies the
 * inherited ones (`extends`, `&`) and the names of computed keys (`[Events.Done]`).
 */
export async function loadTypeScriptEventMaps(source: ContractSource): Promise<LoadedContract> {
  const { Project, Node: guards } = await import('ts-morph');
  const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { strict: true, noEmit: true, types: [] } });
  const file = project.createSourceFile(source.absolutePath, source.text, { overwrite: true });
  const syntaxError = project.getProgram().getSyntacticDiagnostics(file)[0];
  if (syntaxError) {
    const { line, column } = file.getLineAndColumnAtPos(syntaxError.getStart() ?? 0);
    throw new UsageError(`contract ${source.path}:${line}:${column}: ${flatMessage(syntaxError.getMessageText())}`);
  }
  const maps = eventMaps(file);
  if (maps.length === 0) {
    throw new UsageError(`contract ${source.path}: no ServerToClientEvents or ClientToServerEvents interface or type alias found`);
  }
  const events = maps.flatMap(({ declaration, direction }) =>
    declaration
      .getType()
      .getProperties()
      .flatMap((property) => propertyEvent(property, { declaration, direction }, source, guards)),
  );
  return { format: 'typescript', events, warnings: [] };
}

interface EventMap {
  declaration: Node;
  direction: ContractDirection;
}

/** `type ServerToClientEventName = keyof ServerToClientEvents` is no map: only object types are. */
function eventMaps(file: SourceFile): EventMap[] {
  return [...file.getInterfaces(), ...file.getTypeAliases()].flatMap((declaration) => {
    const direction = EVENT_MAP_DIRECTIONS.find(([pattern]) => pattern.test(declaration.getName()))?.[1];
    const type = declaration.getType();
    return direction === undefined || !(type.isObject() || type.isIntersection()) ? [] : [{ declaration, direction }];
  });
}

function propertyEvent(property: MorphSymbol, map: EventMap, source: ContractSource, guards: NodeGuards): ContractEvent[] {
  const declaration = property.getDeclarations()[0];
  if (!declaration) return [];
  const nameNode = guards.isPropertyNamed(declaration) ? declaration.getNameNode() : declaration;
  const file = declaration.getSourceFile();
  const { line, column } = file.getLineAndColumnAtPos(nameNode.getStart());
  const inContractFile = file === map.declaration.getSourceFile();
  return [
    {
      file: inContractFile ? source.path : displayPath(file.getFilePath(), source.cwd),
      line,
      column,
      name: property.getName(),
      direction: map.direction,
      parameterTypes: parameterTypes(property, map.declaration, guards),
    },
  ];
}

/** The listener's parameter types as written, or as the checker prints them when no type is written. */
function parameterTypes(property: MorphSymbol, map: Node, guards: NodeGuards): string[] {
  const signature = property.getTypeAtLocation(map).getCallSignatures()[0];
  return (signature?.getParameters() ?? []).map((parameter) => {
    const declaration = parameter.getValueDeclaration();
    const written = declaration && guards.isParameterDeclaration(declaration) ? declaration.getTypeNode() : undefined;
    return written?.getText() ?? parameter.getTypeAtLocation(map).getText(map);
  });
}

function flatMessage(message: string | { getMessageText(): string }): string {
  return typeof message === 'string' ? message : message.getMessageText();
}
