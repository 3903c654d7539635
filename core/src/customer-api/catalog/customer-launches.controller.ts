import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Public } from '../../platform/security/public.decorator.js';
import { CatalogDestinationsDto, CatalogLaunchDto, CatalogLaunchPageDto } from './catalog-launch.dto.js';
import { CustomerLaunchesService } from './customer-launches.service.js';
import { LaunchIdParamDto } from '../../platform/http/launch-id-param.dto.js';
import { LaunchSearchQueryDto } from './launch-search-query.dto.js';

@ApiTags('launches')
@Public()
@Controller('launches')
export class CustomerLaunchesController {
  constructor(private readonly launches: CustomerLaunchesService) {}

  @ApiOperation({ summary: 'Upcoming launches that still sell seats, soonest first, optionally filtered.' })
  @Get()
  @ApiOkResponse({ type: CatalogLaunchPageDto })
  @ApiProblemResponses(400)
  list(@Query() query: LaunchSearchQueryDto): Promise<CatalogLaunchPageDto> {
    const { limit, offset, ...search } = query;
    return this.launches.upcoming(limit ?? 20, offset ?? 0, search);
  }

  // Declared before `:id` so the router does not take "destinations" for a launch id.
  @ApiOperation({ summary: 'Destinations of the launches that still sell seats, to filter by.' })
  @Get('destinations')
  @ApiOkResponse({ type: CatalogDestinationsDto })
  async destinations(): Promise<CatalogDestinationsDto> {
    return { items: await this.launches.destinations() };
  }

  @ApiOperation({ summary: 'One launch of the catalog, whatever its status.' })
  @Get(':id')
  @ApiOkResponse({ type: CatalogLaunchDto })
  @ApiProblemResponses(400, 404)
  get(@Param() params: LaunchIdParamDto): Promise<CatalogLaunchDto> {
    return this.launches.byId(params.id);
  }
}
